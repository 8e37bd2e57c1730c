#!/usr/bin/env python3
"""Fault and cluster drills of the pairing platform on MariaDB (python3 standard library only).

Started by bench/faults.sh and bench/cluster.sh (see bench/README.md); drives the real app over
HTTP as the SPA does (session cookie, CSRF header), reads the database with the mysql client and
prints one table of checks. Exit status 0 only when every check passed.
"""
import base64
import argparse
import datetime
import http.client
import http.cookiejar
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.error
import urllib.request
import uuid

PASSWORD = "Demo@2026!"
STALE = "该备案已被他人修改，请刷新后重试"
DB_DOWN = "数据库暂不可用，请稍后重试"
DUE_SECONDS = 40          # pairing.review.due-after: 催办 timers fire this long after a review step starts
LOCK_SECONDS = 20         # camunda job lock time: jobs of a killed node are free again after this
JDBC_OPTIONS = ("createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=UTF-8"
                "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&serverTimezone=Asia/Shanghai")
REVIEW_STEPS = ("counterpartConfirm", "cityReview", "provinceStReview", "provinceEduReview")


def now_sql(seconds_ago=0):
    """Now as the app writes times into the database: Beijing wall-clock time (serverTimezone=Asia/Shanghai)."""
    beijing = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8)))
    return "'" + (beijing - datetime.timedelta(seconds=seconds_ago)).strftime("%Y-%m-%d %H:%M:%S") + "'"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ------------------------------------------------------------------ HTTP client

class Client:
    """One browser: a cookie jar, the XSRF-TOKEN cookie sent back as header on every write."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.nodes, self.turn, self.down = [base], 0, set()

    def spread_over(self, bases):
        """From now on each request goes to the next node in turn, as a load balancer without sticky
        sessions would send it; like nginx's max_fails, a node that refuses connections leaves the
        rotation (a refused request never reached it, so sending it to the next node is safe)."""
        self.nodes = list(bases)
        return self

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)

    def adopt_session(self, other):
        """Takes over another client's session cookie, as the next node behind a load balancer sees it."""
        for c in other.jar:
            if c.name == "SESSION":
                self.jar.set_cookie(c)

    def call(self, method, path, body=None, data=None, content_type=None, timeout=30):
        for _ in range(len(self.nodes)):
            live = [n for n in self.nodes if n not in self.down] or self.nodes
            self.turn += 1
            self.base = live[self.turn % len(live)]
            status, answer = self.call_node(method, path, body, data, content_type, timeout)
            if status != 0 or "refused" not in answer or len(self.nodes) == 1:
                return status, answer
            self.down.add(self.base)
        return status, answer

    def call_node(self, method, path, body, data, content_type, timeout):
        headers = {"Accept": "application/json"}
        if body is not None:
            data = json.dumps(body).encode()
            content_type = "application/json"
        if content_type:
            headers["Content-Type"] = content_type
        if method != "GET" and self.cookie("XSRF-TOKEN"):
            headers["X-XSRF-TOKEN"] = self.cookie("XSRF-TOKEN")
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, parse(response.read())
        except urllib.error.HTTPError as e:
            return e.code, parse(e.read())
        except (OSError, urllib.error.URLError, http.client.HTTPException) as e:  # refused, cut off: not acknowledged
            return 0, str(e)

    def login(self, username):
        self.call("GET", "/api/auth/me")  # fetches the CSRF cookie
        status, body = self.call("POST", "/api/auth/login", {"username": username, "password": PASSWORD})
        if status != 200:
            raise RuntimeError(f"login {username} on {self.base}: {status} {body}")
        return self

    def create_draft(self, university_id):
        return self.call("POST", "/api/filings", filing_form(university_id))

    def upload_agreement(self, filing_id):
        boundary = uuid.uuid4().hex
        parts = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAGREEMENT\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"agreement.pdf\"\r\n"
                 f"Content-Type: application/pdf\r\n\r\n").encode() + PDF + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", f"/api/filings/{filing_id}/attachments", data=parts,
                         content_type=f"multipart/form-data; boundary={boundary}")

    def submit(self, filing_id, form):
        return self.call("POST", f"/api/filings/{filing_id}/submit", form)

    def tasks(self):
        """The first 100 offered tasks, newest first (待办 is paged: {total, overdue, steps, items})."""
        status, body = self.call("GET", "/api/tasks?size=100")
        return body["items"] if status == 200 else []

    def complete(self, task_id, decision="APPROVE", opinion="同意"):
        return self.call("POST", f"/api/tasks/{task_id}/complete", {"decision": decision, "opinion": opinion})


def parse(raw):
    try:
        return json.loads(raw.decode("utf-8")) if raw else None
    except ValueError:
        return raw.decode("utf-8", "replace")


def filing_form(university_id, version=None, targets="建成联合中试基地，启动3个联合攻关项目"):
    form = {
        "universityId": university_id, "keyTasks": ["INDUSTRY_LAYOUT", "TRANSFER"],
        "startDate": "2026-12-01", "endDate": "2028-12-31",
        "zoneContact": {"name": "张三", "phone": "13800000000", "email": "a@b.cn"},
        "universityContact": {"name": "李四", "phone": "13900000000", "email": "c@d.cn"},
        "zoneIndustries": ["新一代信息技术", "智能装备"], "subjectDisciplines": ["控制科学与工程"],
        "mechanismDecision": "区校联席会议每季度召开一次，共商重大事项",
        "mechanismProject": "围绕主导产业需求联合凝练攻关项目",
        "mechanismTalent": "互派科技副总和产业教授", "mechanismBenefit": "成果转化收益按协议比例分配",
        "projects": [{"name": "智能传感器联合攻关", "field": "智能装备", "leadEnterprise": "某链主企业",
                      "budgetWan": "300.50"}],
        "platforms": [{"type": "PILOT_BASE", "name": "区校联合中试基地", "note": "共建共用"}],
        "talent": {"vicePresidents": 2, "industryProfessors": 3, "secondments": 1, "twoWayPostings": 4},
        "targets2026": targets, "targets2028": "转化成果10项以上，合同金额5000万元",
    }
    if version is not None:
        form["version"] = version
    return form


def make_pdf():
    stream = "BT /F1 12 Tf 72 720 Td (Pairing agreement) Tj ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
               " /Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf, offsets = "%PDF-1.4\n", []
    for i, obj in enumerate(objects):
        offsets.append(len(pdf))
        pdf += f"{i + 1} 0 obj\n{obj}\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return pdf.encode("ascii")


PDF = make_pdf()


def at_once(*calls):
    """Runs the calls on their own threads released together (a double click); their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(i, call):
        barrier.wait()
        results[i] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


# ------------------------------------------------------------------ database and app processes

class Database:
    """The mysql command-line client on one database."""

    def __init__(self, name, args):
        self.name, self.args = name, args

    def rows(self, query):
        out = subprocess.run(["mysql", *self.args, "-N", "-B", "-e", query, self.name],
                             check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def value(self, query):
        rows = self.rows(query)
        return rows[0][0] if rows else None


class PrivateMariaDb:
    """A MariaDB server of its own (own data directory, port and socket), so that stopping it
    does not disturb anyone else using the machine's shared server."""

    def __init__(self, home, port):
        self.home, self.port = home, port
        self.datadir = os.path.join(home, "data")
        self.socket = os.path.join(home, "mysqld.sock")
        self.pidfile = os.path.join(home, "mysqld.pid")

    def create(self):
        shutil.rmtree(self.home, ignore_errors=True)
        os.makedirs(self.home)
        subprocess.run(["mariadb-install-db", "--no-defaults", f"--datadir={self.datadir}", "--user=root",
                        "--auth-root-authentication-method=socket", "--skip-test-db"],
                       check=True, capture_output=True)

    def start(self):
        # the brief's start command, with this server's own data directory, port and socket
        subprocess.run(["start-stop-daemon", "--start", "--oknodo", "--background", "--pidfile", self.pidfile,
                        "--exec", "/usr/sbin/mariadbd", "--", "--no-defaults", f"--datadir={self.datadir}",
                        f"--port={self.port}", "--bind-address=127.0.0.1", f"--socket={self.socket}",
                        f"--pid-file={self.pidfile}", "--user=root", "--skip-name-resolve",
                        "--innodb-buffer-pool-size=128M", f"--log-error={self.home}/error.log"], check=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if subprocess.run(["mysqladmin", f"--socket={self.socket}", "-uroot", "ping"],
                              capture_output=True).returncode == 0:
                return
            time.sleep(0.5)
        raise RuntimeError("private MariaDB did not start, see " + self.home + "/error.log")

    def stop(self):
        subprocess.run(["mysqladmin", f"--socket={self.socket}", "-uroot", "shutdown"], capture_output=True)
        deadline = time.time() + 60
        while os.path.exists(self.pidfile) and time.time() < deadline:
            time.sleep(0.2)

    def prepare(self, database):
        subprocess.run(["mysql", f"--socket={self.socket}", "-uroot", "-e",
                        "CREATE USER IF NOT EXISTS 'drill'@'127.0.0.1' IDENTIFIED BY 'drill';"
                        "GRANT ALL ON *.* TO 'drill'@'127.0.0.1';"
                        f"CREATE DATABASE IF NOT EXISTS {database} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"],
                       check=True)
        return Database(database, [f"--socket={self.socket}", "-uroot"])


class App:
    """One node: the fat jar on the mysql profile, with its own port and log."""

    def __init__(self, jar, port, jdbc_url, user, password, run_dir, name, extra=()):
        self.jar, self.port, self.jdbc_url, self.user, self.password = jar, port, jdbc_url, user, password
        self.run_dir, self.name, self.extra = run_dir, name, list(extra)
        self.process = None
        self.base = f"http://127.0.0.1:{port}"
        self.starts = 0

    def start(self):
        self.starts += 1
        env = dict(os.environ, DB_URL=self.jdbc_url, DB_USER=self.user, DB_PASSWORD=self.password)
        os.makedirs(self.run_dir, exist_ok=True)
        out = open(os.path.join(self.run_dir, f"{self.name}-{self.starts}.log"), "w")
        self.process = subprocess.Popen(
            ["java", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", self.jar, "--spring.profiles.active=mysql",
             f"--server.port={self.port}", "--management.server.port=0", f"--pairing.data-dir={self.run_dir}",
             f"--pairing.review.due-after=PT{DUE_SECONDS}S",
             f"--camunda.bpm.job-execution.lock-time-in-millis={LOCK_SECONDS * 1000}",
             f"--camunda.bpm.generic-properties.properties.hostname={self.name}", *self.extra],
            stdout=out, stderr=subprocess.STDOUT, env=env)
        started = time.time()
        while time.time() - started < 180:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited, see {out.name}")
            if Client(self.base).call("GET", "/api/auth/me", timeout=5)[0] == 401:
                log(f"{self.name} up on port {self.port} in {time.time() - started:.0f} s (pid {self.process.pid})")
                return self
            time.sleep(1)
        raise RuntimeError(f"{self.name} did not come up, see {out.name}")

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        log(f"{self.name} killed with SIGKILL (pid {self.process.pid})")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()


# ------------------------------------------------------------------ load with a ledger of acknowledged actions

class Load:
    """Operators submit filings, reviewers approve what they are offered; every 200 is written down.
    The city approves only filings with even ids, so the odd ones wait for their 催办 timer."""

    def __init__(self, nodes, university_id):
        self.nodes, self.university_id = nodes, university_id
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.submitted, self.approved = [], []  # (filing id), (task id, step, filing id)
        self.errors = 0
        self.threads = []
        self.clients = []

    def node(self, i):
        return self.nodes[i % len(self.nodes)]

    def client(self, username, i):
        """A client per worker, logged in on one node; with several nodes its requests then go to
        each node in turn, all on the one session kept in the database."""
        return Client(self.node(i).base).login(username).spread_over([n.base for n in self.nodes])

    def start(self):
        workers = [(self.submitter, "zone_jinan", 0), (self.submitter, "zone_jinan", 1),
                   (self.reviewer, "univ_sdu", 0), (self.reviewer, "city_jinan", 1),
                   (self.reviewer, "prov_st", 0), (self.reviewer, "prov_edu", 1)]
        for target, user, i in workers:
            self.clients.append(self.client(user, i))
            t = threading.Thread(target=target, args=(self.clients[-1],), daemon=True)
            t.start()
            self.threads.append(t)

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(60)

    def failed(self):
        with self.lock:
            self.errors += 1
        time.sleep(0.5)

    def submitter(self, client):
        while not self.stop.is_set():
            status, draft = client.create_draft(self.university_id)
            if status != 201:
                self.failed()
                continue
            if client.upload_agreement(draft["id"])[0] != 201:
                self.failed()
                continue
            status, _ = client.submit(draft["id"], filing_form(self.university_id, draft["version"]))
            if status == 200:
                with self.lock:
                    self.submitted.append(draft["id"])
            else:
                self.failed()

    def reviewer(self, client):
        while not self.stop.is_set():
            offered = [t for t in client.tasks() if t.get("taskKey") in REVIEW_STEPS
                       and not (t["taskKey"] == "cityReview" and t["filingId"] % 2 == 1)]
            if not offered:
                time.sleep(0.5)
            for task in offered:
                if self.stop.is_set():
                    return
                status, _ = client.complete(task["id"])
                if status == 200:
                    with self.lock:
                        self.approved.append((task["id"], task["taskKey"], task["filingId"]))
                elif status != 409:
                    self.failed()


# ------------------------------------------------------------------ checks

def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text, width):
    return text + " " * (width - display_width(text))


class Report:
    def __init__(self, title):
        self.title, self.rows = title, []

    def add(self, check, ok, seen):
        self.rows.append((check, "PASS" if ok else "FAIL", seen))
        log(f"{'PASS' if ok else 'FAIL'}  {check}: {seen}")

    def print(self):
        width = max(display_width(r[0]) for r in self.rows)
        line = "+-" + "-" * width + "-+------+-" + "-" * 70
        print("\n" + self.title)
        print(line)
        print(f"| {pad('check', width)} | {'':4} | what was seen")
        print(line)
        for check, result, seen in self.rows:
            print(f"| {pad(check, width)} | {result} | {seen}")
        print(line)
        failed = sum(1 for r in self.rows if r[1] == "FAIL")
        print(f"{len(self.rows) - failed} passed, {failed} failed\n")
        return failed == 0


def in_list(values):
    return ",".join(str(int(v)) for v in values) or "NULL"


def check_acknowledged(report, db, load, label=""):
    """Every acknowledged submission and approval is in the database, engine and business tables alike."""
    ids = sorted(set(load.submitted))
    present = 0
    if ids:
        present = int(db.value(
            "SELECT COUNT(*) FROM filing f WHERE f.id IN (" + in_list(ids) + ") AND f.status <> 'DRAFT'"
            " AND EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.ID_ = f.process_instance_id"
            "   AND p.BUSINESS_KEY_ = CAST(f.id AS CHAR))"
            " AND (SELECT COUNT(*) FROM filing_opinion o WHERE o.filing_id = f.id AND o.action = 'SUBMIT') = 1"))
    report.add(f"{label}acknowledged submissions present", present == len(ids),
               f"{present}/{len(ids)} filings submitted, with process instance and one SUBMIT record")
    tasks = [t for t, _, _ in load.approved]
    done = 0
    if tasks:
        quoted = ",".join("'" + t.replace("'", "") + "'" for t in tasks)
        done = int(db.value(
            "SELECT COUNT(*) FROM ACT_HI_TASKINST t WHERE t.ID_ IN (" + quoted + ") AND t.END_TIME_ IS NOT NULL"
            " AND (SELECT COUNT(*) FROM filing_opinion o WHERE o.task_id = t.ID_ AND o.action = 'APPROVE') = 1"))
    steps = {}
    for _, step, _ in load.approved:
        steps[step] = steps.get(step, 0) + 1
    report.add(f"{label}acknowledged approvals present", done == len(tasks),
               f"{done}/{len(tasks)} tasks completed with one opinion each " + json.dumps(steps))


def check_consistent(report, db, label=""):
    """No filing half-written: its status agrees with the engine's runtime and history."""
    problems = {
        "draft with a process": "SELECT COUNT(*) FROM filing WHERE status = 'DRAFT' AND process_instance_id IS NOT NULL",
        "submitted without a process instance":
            "SELECT COUNT(*) FROM filing f WHERE f.status <> 'DRAFT' AND NOT EXISTS"
            " (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.ID_ = f.process_instance_id)",
        "under review without a running process":
            "SELECT COUNT(*) FROM filing f WHERE f.status IN ('CONFIRMING','CITY_REVIEW','PROVINCE_REVIEW')"
            " AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.PROC_INST_ID_ = f.process_instance_id)",
        "status and open task disagree":
            "SELECT COUNT(*) FROM filing f WHERE (f.status = 'CONFIRMING' AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t"
            "  WHERE t.PROC_INST_ID_ = f.process_instance_id AND t.TASK_DEF_KEY_ = 'counterpartConfirm'))"
            " OR (f.status = 'CITY_REVIEW' AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t"
            "  WHERE t.PROC_INST_ID_ = f.process_instance_id AND t.TASK_DEF_KEY_ = 'cityReview'))",
        "approved without number or with a running process":
            "SELECT COUNT(*) FROM filing f WHERE f.status = 'APPROVED' AND (f.filing_no IS NULL OR EXISTS"
            " (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.PROC_INST_ID_ = f.process_instance_id))",
        "completed review task without exactly one opinion":
            "SELECT COUNT(*) FROM ACT_HI_TASKINST t WHERE t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed'"
            " AND t.TASK_DEF_KEY_ IN ('counterpartConfirm','cityReview','provinceStReview','provinceEduReview')"
            " AND (SELECT COUNT(*) FROM filing_opinion o WHERE o.task_id = t.ID_) <> 1",
        "opinion on a task the engine did not complete":
            "SELECT COUNT(*) FROM filing_opinion o WHERE o.task_id IS NOT NULL AND o.action = 'APPROVE'"
            " AND NOT EXISTS (SELECT 1 FROM ACT_HI_TASKINST t WHERE t.ID_ = o.task_id AND t.END_TIME_ IS NOT NULL)",
        "duplicate filing numbers":
            "SELECT COUNT(*) - COUNT(DISTINCT filing_no) FROM filing WHERE filing_no IS NOT NULL",
    }
    found = {name: int(db.value(q)) for name, q in problems.items()}
    bad = {k: v for k, v in found.items() if v}
    filings = db.rows("SELECT status, COUNT(*) FROM filing GROUP BY status ORDER BY status")
    report.add(f"{label}no filing half-written", not bad,
               (json.dumps(bad, ensure_ascii=False) if bad else f"{len(problems)} consistency queries all 0")
               + "; filings by status " + " ".join(f"{s}={n}" for s, n in filings))


def wait_until(condition, timeout, step=2):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def due_jobs(db):
    return int(db.value("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1"
                        f" AND (DUEDATE_ IS NULL OR DUEDATE_ <= {now_sql()})"))


def overdue_without_reminder(db):
    """Open city reviews older than their due time (plus slack) whose 催办 has not run yet."""
    return int(db.value(
        "SELECT COUNT(*) FROM ACT_RU_TASK t WHERE t.TASK_DEF_KEY_ = 'cityReview'"
        f" AND t.CREATE_TIME_ < {now_sql(DUE_SECONDS + 5)} AND NOT EXISTS"
        " (SELECT 1 FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ = t.PROC_INST_ID_ AND a.ACT_ID_ = 'cityRemind')"))


def check_jobs(report, db, label="", timeout=120):
    """Every due job (async provincial joins, 催办 timers) runs, each exactly once."""
    settled = wait_until(lambda: due_jobs(db) == 0 and overdue_without_reminder(db) == 0, timeout)
    both_approved_not_done = int(db.value(
        "SELECT COUNT(*) FROM filing f WHERE f.status = 'PROVINCE_REVIEW' AND 2 = (SELECT COUNT(DISTINCT o.step_key)"
        " FROM filing_opinion o WHERE o.filing_id = f.id AND o.step_key IN ('provinceStReview','provinceEduReview'))"))
    # Camunda's history-cleanup job is one job that reschedules itself inside the cleanup window (01:00-05:00):
    # its several runs are by design, not a job run twice
    twice = int(db.value("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                         " AND JOB_DEF_TYPE_ <> 'history-cleanup' GROUP BY JOB_ID_ HAVING COUNT(*) > 1) x"))
    by_type = db.rows("SELECT JOB_DEF_TYPE_, HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                      " GROUP BY JOB_DEF_TYPE_, HOSTNAME_ ORDER BY 1, 2")
    failed = int(db.value("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1"))
    stuck = int(db.value("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0"))
    report.add(f"{label}jobs run, each exactly once", settled and both_approved_not_done == 0 and twice == 0
               and stuck == 0,
               f"due jobs left {due_jobs(db)}, joins pending {both_approved_not_done}, jobs run twice {twice}, "
               f"incidents {stuck}, retried failures {failed}; runs: "
               + " ".join(f"{t}@{h}={n}" for t, h, n in by_type))
    return by_type


def check_timers(report, db, label=""):
    """The 催办 timer of every city review that is overdue fired once, none twice."""
    overdue = int(db.value(
        "SELECT COUNT(*) FROM ACT_RU_TASK t WHERE t.TASK_DEF_KEY_ = 'cityReview'"
        f" AND t.CREATE_TIME_ < {now_sql(DUE_SECONDS + 5)}"))
    reminded_once = int(db.value(
        "SELECT COUNT(*) FROM ACT_RU_TASK t WHERE t.TASK_DEF_KEY_ = 'cityReview'"
        f" AND t.CREATE_TIME_ < {now_sql(DUE_SECONDS + 5)} AND 1 = (SELECT COUNT(*)"
        " FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ = t.PROC_INST_ID_ AND a.ACT_ID_ = 'cityRemind')"))
    twice = int(db.value("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, ACT_ID_ FROM ACT_HI_ACTINST WHERE ACT_ID_ IN"
                         " ('cityRemind','stRemind','eduRemind') GROUP BY PROC_INST_ID_, ACT_ID_ HAVING COUNT(*) > 1) x"))
    notices = int(db.value("SELECT COUNT(*) FROM notification WHERE title LIKE '催办：市科技局初审%'"))
    report.add(f"{label}催办 timers fired once each", overdue > 0 and reminded_once == overdue and twice == 0,
               f"{reminded_once}/{overdue} overdue city reviews reminded exactly once, {twice} reminded twice, "
               f"{notices} reminder notifications")


def demo_university(db):
    """The id of 山东大学 once the demo seeder (it runs just after the web server is up) has loaded it."""
    if not wait_until(lambda: db.value("SELECT COUNT(*) FROM app_user WHERE username = 'prov_edu'") == "1", 120, 1):
        raise RuntimeError("demo data not loaded")
    return int(db.value("SELECT id FROM org WHERE code = 'U001'"))


def check_double_click_submit(report, client, university_id, db, label=""):
    status, draft = client.create_draft(university_id)
    client.upload_agreement(draft["id"])
    form = filing_form(university_id, draft["version"])
    results = at_once(lambda: client.submit(draft["id"], form), lambda: client.submit(draft["id"], form))
    statuses = sorted(s for s, _ in results)
    instances = int(db.value(f"SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = '{int(draft['id'])}'"))
    submits = int(db.value(f"SELECT COUNT(*) FROM filing_opinion WHERE filing_id = {int(draft['id'])}"
                           " AND action = 'SUBMIT'"))
    loser = next((b.get("message") for s, b in results if s == 409 and isinstance(b, dict)), None)
    report.add(f"{label}double-clicked submit: one effect", statuses == [200, 409] and instances == 1 and submits == 1,
               f"statuses {statuses} ({loser}), process instances {instances}, SUBMIT records {submits}")
    return draft["id"]


def check_double_click_approve(report, client, filing_id, db, label=""):
    task = next((t for t in client.tasks() if t["filingId"] == filing_id), None)
    if task is None:
        report.add(f"{label}double-clicked approval: one effect", False, "no task offered")
        return
    results = at_once(lambda: client.complete(task["id"]), lambda: client.complete(task["id"]))
    statuses = sorted(s for s, _ in results)
    history = int(db.value(f"SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ = '{task['id']}'"
                           " AND END_TIME_ IS NOT NULL"))
    steps = int(db.value("SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN filing f ON f.process_instance_id ="
                         f" t.PROC_INST_ID_ WHERE f.id = {int(filing_id)} AND t.TASK_DEF_KEY_ = '{task['taskKey']}'"))
    opinions = int(db.value(f"SELECT COUNT(*) FROM filing_opinion WHERE filing_id = {int(filing_id)}"
                            " AND action = 'APPROVE'"))
    loser = next((b.get("message") for s, b in results if s == 409 and isinstance(b, dict)), None)
    report.add(f"{label}double-clicked approval: one effect",
               statuses == [200, 409] and history == 1 and steps == 1 and opinions == 1,
               f"statuses {statuses} ({loser}), history entries of the step {steps}, APPROVE records {opinions}")


def check_concurrent_edits(report, first, second, university_id, db, label=""):
    status, draft = first.create_draft(university_id)
    results = at_once(lambda: first.call("PUT", f"/api/filings/{draft['id']}",
                                         filing_form(university_id, draft["version"], "甲的目标")),
                      lambda: second.call("PUT", f"/api/filings/{draft['id']}",
                                          filing_form(university_id, draft["version"], "乙的目标")))
    statuses = sorted(s for s, _ in results)
    loser = next((b.get("message") for s, b in results if s == 409 and isinstance(b, dict)), None)
    version = int(db.value(f"SELECT version FROM filing WHERE id = {int(draft['id'])}"))
    report.add(f"{label}concurrent edits of one draft: second gets 409",
               statuses == [200, 409] and loser == STALE and version == draft["version"] + 1,
               f"statuses {statuses}, 409 message “{loser}”, version {draft['version']} → {version}")


# ------------------------------------------------------------------ the drills

def faults(args):
    run = os.path.join(args.root, "target-run", "faults")
    mariadb = PrivateMariaDb(os.path.join(run, "mariadb"), args.db_port)
    report = Report(f"Faults drill (bench/faults.sh) — app :{args.port}, private MariaDB :{args.db_port}, "
                    f"database {args.database}")
    log(f"creating a private MariaDB in {mariadb.home} (port {args.db_port})")
    mariadb.create()
    mariadb.start()
    app = None
    try:
        db = mariadb.prepare(args.database)
        url = f"jdbc:mysql://127.0.0.1:{args.db_port}/{args.database}?{JDBC_OPTIONS}"
        app = App(args.jar, args.port, url, "drill", "drill", os.path.join(run, "app"), "node-a").start()
        university = demo_university(db)

        # (a) kill -9 during a load of submissions and approvals
        load = Load([app], university)
        load.start()
        log(f"load running for {args.load_seconds} s")
        time.sleep(args.load_seconds)
        app.kill9()
        time.sleep(2)
        load.finish()
        log(f"acknowledged before the kill: {len(load.submitted)} submissions, {len(load.approved)} approvals "
            f"({load.errors} requests failed or were cut off)")
        killed_at = time.time()
        app.start()
        # the workers' logins were made before the kill; the sessions are rows in the database
        kept = [c.call("GET", "/api/auth/me")[0] for c in load.clients]
        report.add("(a) logins survive the restart", kept == [200] * len(kept),
                   f"{kept.count(200)}/{len(kept)} sessions made before kill -9 still logged in afterwards")
        zone = Client(app.base).login("zone_jinan")
        check_acknowledged(report, db, load, "(a) ")
        check_consistent(report, db, "(a) ")
        log("waiting for the jobs left by the killed node and for the 催办 timers")
        # every city review that started before the kill is overdue by now, so all of them must be reminded
        time.sleep(max(0.0, killed_at + DUE_SECONDS + 8 - time.time()))
        check_jobs(report, db, "(a) ")
        check_timers(report, db, "(a) ")
        check_consistent(report, db, "(a) after jobs: ")

        # (b) the database away for 10 s
        check_database_outage(report, mariadb, app, zone, university, args.outage_seconds)

        # (c) double clicks, (d) concurrent edits
        filing = check_double_click_submit(report, zone, university, db, "(c) ")
        check_double_click_approve(report, Client(app.base).login("univ_sdu"), filing, db, "(c) ")
        check_concurrent_edits(report, zone, Client(app.base).login("zone_jinan"), university, db, "(d) ")
    finally:
        if app:
            app.stop()
        mariadb.stop()
    return report.print()


def fresh_login(base):
    """A login from a new browser: it reads the CSRF cookie first (no database needed), then posts."""
    client = Client(base)
    client.call("GET", "/api/auth/me")
    return client.call("POST", "/api/auth/login", {"username": "zone_jinan", "password": PASSWORD})


def timed(call):
    def run():
        started = time.time()
        result = call()
        return time.time() - started, result
    return run


def check_database_outage(report, mariadb, app, client, university_id, seconds):
    pid = app.process.pid
    log(f"stopping MariaDB for {seconds} s (mysqladmin shutdown)")
    mariadb.stop()
    down_at = time.time()
    seen, messages, slowest = {}, set(), 0.0
    probes = [lambda: client.call("GET", "/api/filings?page=1&size=10"),
              lambda: client.call("GET", "/api/tasks"),
              lambda: client.create_draft(university_id),
              lambda: fresh_login(app.base)]
    while time.time() - down_at < seconds:
        # the four at once, over and over: each waits for the pool's connection timeout
        for elapsed, (status, body) in at_once(*[timed(p) for p in probes]):
            slowest = max(slowest, elapsed)
            seen[status] = seen.get(status, 0) + 1
            if isinstance(body, dict) and body.get("message"):
                messages.add(body["message"])
    log("starting MariaDB again (start-stop-daemon)")
    mariadb.start()
    back_at = time.time()
    recovered = wait_until(lambda: client.call("GET", "/api/filings?page=1&size=10")[0] == 200, 60, 0.5)
    recovery = time.time() - back_at
    requests = sum(seen.values())
    report.add("(b) database down: clear 503", seen.get(503, 0) == requests and messages == {DB_DOWN},
               f"{requests} requests in {seconds} s: statuses {seen}, messages {sorted(messages)}, "
               f"slowest answer {slowest:.1f} s")
    same_process = app.process.poll() is None and app.process.pid == pid
    report.add("(b) app recovers by itself", recovered and same_process,
               f"first 200 {recovery:.1f} s after MariaDB was started again, same process (pid {pid}): "
               f"{same_process}")


def cluster(args):
    run = os.path.join(args.root, "target-run", "cluster")
    shutil.rmtree(run, ignore_errors=True)
    server = ["-h127.0.0.1", "-P3306", "-uroot"]
    subprocess.run(["mysql", *server, "-e", f"DROP DATABASE IF EXISTS {args.database};"
                    f"CREATE DATABASE {args.database} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"], check=True)
    db = Database(args.database, server)
    url = f"jdbc:mysql://127.0.0.1:3306/{args.database}?{JDBC_OPTIONS}"
    # one attachments folder and one personal-data key for both nodes (each node's data-dir would otherwise get its own)
    shared = [f"--pairing.attachments.dir={run}/attachments",
              f"--pairing.security.data-key={base64.b64encode(os.urandom(32)).decode()}"]
    report = Report(f"Cluster drill (bench/cluster.sh) — nodes :{args.port} and :{args.port2}, "
                    f"MariaDB 127.0.0.1:3306, database {args.database}")
    a = App(args.jar, args.port, url, "root", "", os.path.join(run, "node-a"), "node-a", shared)
    b = App(args.jar, args.port2, url, "root", "", os.path.join(run, "node-b"), "node-b", shared)
    try:
        # one after the other: the first creates the schema and the demo data, the second finds them
        a.start()
        b.start()
        university = demo_university(db)
        isolation = db.value("SELECT @@global.tx_isolation")
        answering = [Client(n.base).call("GET", "/api/auth/me")[0] for n in (a, b)]
        report.add("two nodes up on one database", answering == [401, 401],
                   f"node-a and node-b answer ({answering}), job executor on both; server default {isolation}, "
                   "the pools run READ COMMITTED (Camunda refuses to start otherwise, ENGINE-12019)")

        # work done on one node is seen on the other
        zone_a, zone_b = Client(a.base).login("zone_jinan"), Client(b.base).login("zone_jinan")
        status, draft = zone_a.create_draft(university)
        zone_a.upload_agreement(draft["id"])
        zone_a.submit(draft["id"], filing_form(university, draft["version"]))
        seen_b = zone_b.call("GET", f"/api/filings/{draft['id']}")[1].get("status")
        univ_b = Client(b.base).login("univ_sdu")
        task = next((t for t in univ_b.tasks() if t["filingId"] == draft["id"]), None)
        approved_on_b = task is not None and univ_b.complete(task["id"])[0] == 200
        seen_a = zone_a.call("GET", f"/api/filings/{draft['id']}")[1].get("status")
        report.add("work on one node is seen on the other", seen_b == "CONFIRMING" and approved_on_b
                   and seen_a == "CITY_REVIEW",
                   f"submitted on A → B sees {seen_b}; B's 对方确认 task approved: {approved_on_b} → A sees {seen_a}")

        # a session made on A works on B
        on_a = Client(a.base).login("city_jinan")
        on_b = Client(b.base)
        on_b.adopt_session(on_a)
        me = on_b.call("GET", "/api/auth/me")
        logout = on_b.call("POST", "/api/auth/logout", data=b"")[0] if on_b.cookie("XSRF-TOKEN") else None
        if logout is None:  # B has not sent its CSRF cookie yet: read it first, as the SPA does
            on_b.call("GET", "/api/auth/me")
            logout = on_b.call("POST", "/api/auth/logout", data=b"")[0]
        after = on_a.call("GET", "/api/auth/me")[0]
        report.add("a login on A works on B (Spring Session JDBC)",
                   me[0] == 200 and me[1].get("username") == "city_jinan" and logout == 204 and after == 401,
                   f"B with A's SESSION cookie: {me[0]} {me[1].get('username') if isinstance(me[1], dict) else ''}; "
                   f"logout on B {logout} → A then {after}")

        # async joins and timers under load on both nodes, then node B killed mid-load
        load = Load([a, b], university)
        load.start()
        log(f"load on both nodes for {args.load_seconds} s, node-b killed half-way")
        time.sleep(args.load_seconds / 2)
        b.kill9()
        killed_at = time.time()
        time.sleep(args.load_seconds / 2)
        load.finish()
        log(f"acknowledged: {len(load.submitted)} submissions, {len(load.approved)} approvals "
            f"({load.errors} requests failed or were cut off by the kill)")
        check_acknowledged(report, db, load, "kill node-b: ")
        check_consistent(report, db, "kill node-b: ")
        log("waiting for jobs (node-b's locked jobs free after the lock time) and 催办 timers")
        time.sleep(max(0.0, killed_at + DUE_SECONDS + 8 - time.time()))
        check_jobs(report, db, "", timeout=150)
        check_timers(report, db)
        numbers = db.rows("SELECT filing_seq FROM filing WHERE filing_no IS NOT NULL ORDER BY filing_seq")
        seqs = [int(n[0]) for n in numbers]
        report.add("filing numbers unique and gap-free", seqs and seqs == list(range(1, len(seqs) + 1)),
                   f"{len(seqs)} approved filings numbered {seqs[:1]}…{seqs[-1:]} without gap or repeat")
        check_consistent(report, db, "after jobs: ")
    finally:
        a.stop()
        b.stop()
    return report.print()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("drill", choices=["faults", "cluster"])
    parser.add_argument("--root", required=True)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--port", type=int, default=8117)
    parser.add_argument("--port2", type=int, default=8118)
    parser.add_argument("--db-port", type=int, default=8119)
    parser.add_argument("--database", required=True)
    parser.add_argument("--load-seconds", type=int, default=25)
    parser.add_argument("--outage-seconds", type=int, default=10)
    args = parser.parse_args()
    ok = faults(args) if args.drill == "faults" else cluster(args)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
