#!/usr/bin/env python3
"""Summarises jdk.ExecutionSample events of a JFR recording: the hottest top frames (self time) and the
hottest product (cn.sd.pairing) frames on the stack (inclusive). Usage: bench/jfr-top.py app.jfr [N]"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", recording],
                      capture_output=True, text=True, check=True).stdout
self_time = collections.Counter()
product = collections.Counter()
samples = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", event, re.M)
    if not frames:
        continue
    samples += 1
    self_time[frames[0]] += 1
    for name in dict.fromkeys(f for f in frames if f.startswith("cn.sd.pairing")):
        product[name] += 1
print(f"{samples} samples")
print("\nself (top frame):")
for name, n in self_time.most_common(top_n):
    print(f"  {100 * n / samples:5.1f} %  {name}")
print("\nproduct frames on the stack (inclusive):")
for name, n in product.most_common(top_n):
    print(f"  {100 * n / samples:5.1f} %  {name}")
