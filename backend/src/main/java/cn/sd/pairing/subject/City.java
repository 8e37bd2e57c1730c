package cn.sd.pairing.subject;

/** One of the province's cities (administrative code, name). */
public record City(String code, String name) {}
