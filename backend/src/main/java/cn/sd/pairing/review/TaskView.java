package cn.sd.pairing.review;

import java.util.Date;

public record TaskView(String id, String name, String taskKey, String formKey, Long filingId, String zoneName,
    String universityName, String cityName, Date createdAt, Date dueAt) {}
