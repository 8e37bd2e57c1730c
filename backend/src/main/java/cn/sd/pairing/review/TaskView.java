package cn.sd.pairing.review;

import java.util.Date;
import java.util.List;

public record TaskView(String id, String name, String taskKey, String formKey, List<Decision> decisions,
    Long filingId, String zoneName, String universityName, String cityName, Date createdAt, Date dueAt,
    boolean overdue) {}
