package cn.sd.pairing.review;

import java.util.Date;
import java.util.List;

/** An open task; {@code assignee} is the username of whoever signed for it (签收/转办), else null. */
public record TaskView(String id, String name, String taskKey, String formKey, List<Decision> decisions,
    Long filingId, String zoneName, String universityName, String cityName, Date createdAt, Date dueAt,
    boolean overdue, String assignee, String assigneeName) {}
