package cn.sd.pairing.common;

public record FieldMessage(String field, String message) {}
