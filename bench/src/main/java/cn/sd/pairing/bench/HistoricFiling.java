package cn.sd.pairing.bench;

import cn.sd.pairing.bench.Registry.Org;
import cn.sd.pairing.bench.Registry.User;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * One finished filing written the way the product and the engine would have left it: the business rows
 * (filing, projects, platforms, attachment rows, opinions, notifications) and Camunda's history
 * (process instance, activity instances with their scopes, tasks with due dates, candidate/assignee
 * links, variables) of the path its outcome took through pairing-filing.bpmn. Everything follows from
 * (seed, index), so a dry pass (tables == null) yields the same approval time as the writing pass.
 */
final class HistoricFiling {
  enum Outcome { APPROVED, RETURNED_BY_CITY_THEN_APPROVED, RETURNED_BY_PROVINCE_THEN_APPROVED, REJECTED_BY_CITY,
    REJECTED_BY_PROVINCE, WITHDRAWN, DECLINED, CONSENT_REFUSED }

  static final LocalDateTime FIRST = LocalDateTime.of(2024, 1, 2, 9, 0);
  static final LocalDateTime LAST_SUBMIT = LocalDateTime.of(2026, 8, 15, 17, 0);
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 17, 0);
  private static final String KEY = "pairing-filing";

  private final Registry registry;
  private final String procDefId;
  private final Tables tables;
  /** path and times only: the same in the dry and the writing pass */
  private final Random random;
  /** ids and cosmetic values, drawn only when writing */
  private final Random ids;
  private final Random cosmetic;
  private final long filingId;
  private final String pi;
  private final Org zone;
  private final Org subject;
  private final Org initiator;
  private final Org counterpart;
  private final boolean consent;
  private final String title;
  private final Map<String, Object[]> variables = new HashMap<>();
  private int sequence;
  private User lastActor;
  private LocalDateTime end;
  LocalDateTime approvedAt;
  Outcome outcome;

  HistoricFiling(Registry registry, String procDefId, long seed, long filingId, Tables tables) {
    this.registry = registry;
    this.procDefId = procDefId;
    this.tables = tables;
    this.filingId = filingId;
    this.random = new Random(seed * 1_000_003L + filingId);
    this.ids = new Random(seed * 7_000_003L + filingId);
    this.cosmetic = new Random(seed * 5_000_011L + filingId);
    this.pi = uuid();
    // national zones and the big cities' universities take part more often
    Org z;
    do {
      z = registry.zones.get(random.nextInt(registry.zones.size()));
    } while ("PROVINCIAL".equals(z.level()) && random.nextInt(3) > 0);
    zone = z;
    Org s;
    do {
      s = registry.subjects.get(random.nextInt(registry.subjects.size()));
    } while (("UNIT".equals(s.type()) && random.nextInt(3) > 0) || (!s.cityCode().equals(zone.cityCode())
        && random.nextInt(2) > 0 && random.nextInt(3) > 0));
    subject = s;
    int who = random.nextInt(10);
    initiator = who < 7 ? zone : who < 9 || !"UNIT".equals(subject.type()) ? subject : registry.byId.get(subject.parentId());
    boolean zoneInitiated = initiator == zone;
    counterpart = zoneInitiated ? subject : zone;
    // filing-routing.dmn: a unit subject needs its university's consent unless the university itself initiated
    consent = "UNIT".equals(subject.type()) && (zoneInitiated || initiator == subject);
    title = "（" + zone.name() + " 与 " + subject.name() + "）";
  }

  private int idCount;

  /**
   * UUID-shaped ids in ascending order per filing: inserts append to the tables' primary keys instead of
   * landing all over them (random keys make a bulk load I/O-bound when the buffer pool is small).
   */
  private String uuid() {
    return String.format("%08x-%04x-11f1-%04x-%012x", filingId, idCount++, ids.nextInt(0x10000),
        ids.nextLong() & 0xFFFFFFFFFFFFL);
  }

  private static long days(double d) {
    return (long) (d * 24 * 3600);
  }

  private LocalDateTime after(LocalDateTime t, double minDays, double maxDays) {
    LocalDateTime next = t.plusSeconds(days(minDays + random.nextDouble() * (maxDays - minDays)));
    // people work 8:30–17:30
    if (next.getHour() < 8 || next.getHour() > 17) {
      next = next.withHour(9 + random.nextInt(8)).plusDays(next.getHour() > 17 ? 1 : 0);
    }
    return next;
  }

  private static LocalDateTime removal(LocalDateTime end) {
    return end.plusDays(1825);
  }

  /** Simulates the filing; with tables, writes it. Returns itself (approvedAt set when approved). */
  HistoricFiling run(Map<Long, int[]> numbers) {
    double o = random.nextDouble();
    outcome = o < 0.62 ? Outcome.APPROVED : o < 0.70 ? Outcome.RETURNED_BY_CITY_THEN_APPROVED
        : o < 0.76 ? Outcome.RETURNED_BY_PROVINCE_THEN_APPROVED : o < 0.81 ? Outcome.REJECTED_BY_CITY
        : o < 0.84 ? Outcome.REJECTED_BY_PROVINCE : o < 0.90 ? Outcome.WITHDRAWN
        : consent && o > 0.97 ? Outcome.CONSENT_REFUSED : Outcome.DECLINED;
    long span = ChronoUnit.SECONDS.between(FIRST, LAST_SUBMIT);
    LocalDateTime submitted = FIRST.plusSeconds((long) (random.nextDouble() * span));
    LocalDateTime created = submitted.minusSeconds(days(1 + random.nextDouble() * 20));
    User initiatorUser = registry.userByOrg.get(initiator.id());
    lastActor = initiatorUser;
    if (tables != null) {
      number(numbers.get(filingId));
    }
    String status = walk(submitted, initiatorUser);
    if (tables == null) {
      return this;
    }
    int[] number = approvedAt == null ? null : numbers.get(filingId);
    writeFiling(status, submitted, created, initiatorUser, number);
    writeVariables(submitted, number);
    tables.add("ACT_HI_PROCINST", pi, pi, String.valueOf(filingId), KEY, procDefId, submitted, end, removal(end),
        Duration.between(submitted, end).toMillis(), initiatorUser.username(), "submitted", endActivity, pi, "COMPLETED");
    return this;
  }

  private String endActivity;

  /** The BPMN path of the outcome; returns the final status. */
  private String walk(LocalDateTime t, User initiatorUser) {
    opinion(null, "submit", "提交备案", "SUBMIT", null, initiatorUser, initiator, t);
    t = act("submitted", "提交备案", "startEvent", pi, pi, t, t, null, null, 4);
    t = act("routing", "确定办理单位", "businessRuleTask", pi, pi, t, t.plusSeconds(1), null, null, 4);
    t = act("resolveParticipants", "匹配审核机构", "serviceTask", pi, pi, t, t, null, null, 4);
    String agreementExec = uuid();
    String agreement = "agreement:" + uuid();
    LocalDateTime agreementStart = t;
    act("agreementStart", null, "startEvent", agreement, agreementExec, t, t, null, null, 4);
    if (outcome == Outcome.WITHDRAWN) {
      LocalDateTime withdrawn = after(t, 0.2, 6);
      task("counterpartConfirm", "对方确认", Registry.group(counterpart), counterpart, agreement, agreementExec, t,
          withdrawn, null, null, false);
      opinion(null, "withdraw", "撤回", "WITHDRAW", "双方协商暂缓结对", initiatorUser, initiator, withdrawn);
      actRow(agreement, "agreement", "双方确认阶段", "subProcess", pi, agreementExec, agreementStart, withdrawn, null, null, 2);
      act("withdrawn", "发起方撤回", "boundaryMessage", pi, pi, withdrawn, withdrawn, null, null, 4);
      return finish("withdrawnEnd", "已撤回", withdrawn, "WITHDRAWN", "备案已撤回");
    }
    boolean declined = outcome == Outcome.DECLINED;
    t = task("counterpartConfirm", "对方确认", Registry.group(counterpart), counterpart, agreement, agreementExec, t,
        after(t, 0.2, 8), null, declined ? "REJECT" : "APPROVE", false);
    t = act("confirmOutcome", "对方是否确认", "exclusiveGateway", agreement, agreementExec, t, t, null, null, 4);
    if (declined) {
      return errorEnd("declinedEnd", "对方不同意", "declined", "declinedFinal", "对方不同意结对", agreement,
          agreementExec, agreementStart, t, "DECLINED", "备案对方不同意结对");
    }
    t = act("needsConsent", "是否需要法人单位同意", "exclusiveGateway", agreement, agreementExec, t, t, null, null, 4);
    if (consent) {
      Org university = registry.byId.get(subject.parentId());
      boolean refused = outcome == Outcome.CONSENT_REFUSED;
      t = task("legalConsent", "法人单位同意", Registry.group(university), university, agreement, agreementExec, t,
          after(t, 0.5, 7), null, refused ? "REJECT" : "APPROVE", false);
      t = act("consentOutcome", "法人单位是否同意", "exclusiveGateway", agreement, agreementExec, t, t, null, null, 4);
      if (refused) {
        return errorEnd("consentRefusedEnd", "法人单位不同意", "consentRefused", "consentRefusedFinal", "法人单位不同意",
            agreement, agreementExec, agreementStart, t, "CONSENT_REFUSED", "备案法人单位不同意");
      }
    }
    act("agreementJoin", null, "exclusiveGateway", agreement, agreementExec, t, t, null, null, 4);
    act("agreementEnd", "双方已确认", "noneEndEvent", agreement, agreementExec, t, t, null, null, 1);
    actRow(agreement, "agreement", "双方确认阶段", "subProcess", pi, agreementExec, agreementStart, t, null, null, 4);

    Org bureau = registry.bureauByCity.get(zone.cityCode());
    boolean cityReturns = outcome == Outcome.RETURNED_BY_CITY_THEN_APPROVED;
    String cityDecision = cityReturns ? "RETURN" : outcome == Outcome.REJECTED_BY_CITY ? "REJECT" : "APPROVE";
    t = task("cityReview", "市科技局初审", bureau.id() + ":CITY_REVIEWER", bureau, pi, uuid(), t, after(t, 0.5, 12),
        due(t), cityDecision, true);
    t = act("cityOutcome", "初审结论", "exclusiveGateway", pi, pi, t, t, null, null, 4);
    if (cityReturns) {
      set("returnedFrom", "city");
      t = revise(t, initiatorUser);
      t = task("cityReview", "市科技局初审", bureau.id() + ":CITY_REVIEWER", bureau, pi, uuid(), t, after(t, 0.5, 8),
          due(t), "APPROVE", true);
      t = act("cityOutcome", "初审结论", "exclusiveGateway", pi, pi, t, t, null, null, 4);
    }
    if (outcome == Outcome.REJECTED_BY_CITY) {
      return finish("cityRejected", "不予备案", t, "REJECTED", "备案不予备案");
    }
    boolean provinceReturns = outcome == Outcome.RETURNED_BY_PROVINCE_THEN_APPROVED;
    t = province(t, provinceReturns ? "RETURN" : outcome == Outcome.REJECTED_BY_PROVINCE ? "REJECT" : "APPROVE");
    if (provinceReturns) {
      set("returnedFrom", "province");
      t = act("provinceOutcome", "会审结论", "exclusiveGateway", pi, pi, t, t, null, null, 4);
      t = revise(t, initiatorUser);
      t = province(t, "APPROVE");
    }
    t = act("provinceOutcome", "会审结论", "exclusiveGateway", pi, pi, t, t, null, null, 4);
    if (outcome == Outcome.REJECTED_BY_PROVINCE) {
      return finish("provinceRejected", "不予备案", t, "REJECTED", "备案不予备案");
    }
    t = act("approveFiling", "生成备案编号", "serviceTask", pi, pi, t, t, null, null, 4);
    approvedAt = t;
    return finish("approved", "备案通过", t, "APPROVED", null);
  }

  private LocalDateTime province(LocalDateTime t, String stDecision) {
    t = act("provinceEntry", null, "exclusiveGateway", pi, pi, t, t, null, null, 4);
    t = act("provinceFork", "省级会审", "parallelGateway", pi, pi, t, t, null, null, 0);
    Org st = registry.provinceSt;
    Org edu = registry.provinceEdu;
    LocalDateTime stEnd = task("provinceStReview", "省科技厅审核", Registry.group(st), st, pi, uuid(), t,
        after(t, 0.5, 14), due(t), stDecision, true);
    LocalDateTime eduEnd = task("provinceEduReview", "省教育厅会审", Registry.group(edu), edu, pi, uuid(), t,
        after(t, 0.5, 14), due(t), "APPROVE", true);
    LocalDateTime first = stEnd.isBefore(eduEnd) ? stEnd : eduEnd;
    LocalDateTime last = stEnd.isBefore(eduEnd) ? eduEnd : stEnd;
    act("provinceJoin", null, "parallelGateway", pi, uuid(), first, last, null, null, 0);
    return act("provinceJoin", null, "parallelGateway", pi, pi, last, last.plusSeconds(1), null, null, 0);
  }

  private LocalDateTime revise(LocalDateTime t, User initiatorUser) {
    t = task("revise", "修改后重新提交", Registry.group(initiator), initiator, pi, pi, t, after(t, 1, 20), null,
        "RESUBMIT", false);
    return act("reentry", "回到退回环节", "exclusiveGateway", pi, pi, t, t, null, null, 4);
  }

  private LocalDateTime due(LocalDateTime start) {
    // five working days, end of day (pairing.review.due-working-days)
    LocalDate d = start.toLocalDate();
    int left = 5;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek().getValue() < 6) {
        left--;
      }
    }
    return d.atTime(23, 59, 59);
  }

  private String errorEnd(String errorEndId, String errorEndName, String boundaryId, String finalId, String finalName,
      String agreement, String agreementExec, LocalDateTime agreementStart, LocalDateTime t, String status,
      String notice) {
    act(errorEndId, errorEndName, "errorEndEvent", agreement, agreementExec, t, t, null, null, 1);
    actRow(agreement, "agreement", "双方确认阶段", "subProcess", pi, agreementExec, agreementStart, t, null, null, 2);
    act(boundaryId, errorEndName, "boundaryError", pi, pi, t, t, null, null, 4);
    return finish(finalId, finalName, t, status, notice);
  }

  private String finish(String endId, String endName, LocalDateTime t, String status, String notice) {
    act(endId, endName, "noneEndEvent", pi, pi, t, t, null, null, 1);
    endActivity = endId;
    end = t;
    if (tables != null) {
      String text = notice != null ? notice : "备案通过，备案编号";
      partiesNotice(text, t);
    }
    return status;
  }

  private String numberText;

  private void partiesNotice(String text, LocalDateTime t) {
    String full = (numberText == null || !text.startsWith("备案通过") ? text : text + numberText) + "："
        + zone.name() + " 与 " + subject.name() + " 结对备案";
    notify(zone, full, null, t);
    notify(subject, full, null, t);
  }

  private void notify(Org org, String title, String taskId, LocalDateTime at) {
    User user = registry.userByOrg.get(org.id());
    if (user != null && tables != null) {
      boolean read = at.isBefore(NOW.minusDays(20)) && cosmetic.nextInt(10) > 0;
      tables.add("notification", user.id(), title, filingId, taskId, at, read ? at.plusHours(2 + cosmetic.nextInt(48)) : null);
    }
  }

  /** A user task (with its activity, links, notification, opinion, overdue reminder); returns its end. */
  private LocalDateTime task(String key, String name, String group, Org org, String parent, String execution,
      LocalDateTime start, LocalDateTime endTime, LocalDateTime due, String decision, boolean reminds) {
    String taskId = uuid();
    User actor = registry.userByOrg.get(org.id());
    boolean completed = decision != null;
    String assignee = completed ? actor.username() : null;
    String actInst = actRow(key + ":" + uuid(), key, name, "userTask", parent, execution, start, endTime, taskId,
        assignee, completed ? 4 : 2);
    if (tables != null) {
      tables.add("ACT_HI_TASKINST", taskId, key, KEY, procDefId, pi, pi, execution, actInst, name, assignee, start,
          endTime, Duration.between(start, endTime).toMillis(), completed ? "completed" : "deleted", 50, due,
          completed ? "Completed" : "Deleted", null);
      tables.add("ACT_HI_IDENTITYLINK", uuid(), start, "candidate", null, group, taskId, pi, procDefId, "add",
          lastActor.username(), KEY, null);
      notify(org, "待办：" + name + title, taskId, start);
      if (completed) {
        tables.add("ACT_HI_IDENTITYLINK", uuid(), endTime, "assignee", actor.username(), null, taskId, pi, procDefId,
            "add", actor.username(), KEY, null);
      }
    }
    if (completed) {
      if (decision.equals("RESUBMIT")) {
        opinion(taskId, key, name, "RESUBMIT", null, actor, org, endTime);
      } else {
        String text = switch (decision) {
          case "RETURN" -> "请补充联合攻关项目的经费来源与进度安排";
          case "REJECT" -> "结对双方产业与学科方向不匹配";
          default -> "同意";
        };
        opinion(taskId, key, name, decision, text, actor, org, endTime);
        set(key + "Decision", decision);
      }
      lastActor = actor;
    }
    if (reminds && due != null && endTime.isAfter(due)) {
      String overdueId = key.equals("cityReview") ? "cityOverdue" : key.equals("provinceStReview") ? "stOverdue" : "eduOverdue";
      String remindId = key.equals("cityReview") ? "cityRemind" : key.equals("provinceStReview") ? "stRemind" : "eduRemind";
      String remindName = key.equals("cityReview") ? "市级初审催办" : name + "催办";
      String remindExec = uuid();
      act(overdueId, "超期催办", "boundaryTimer", pi, remindExec, due, due, null, null, 4);
      act(remindId, remindName, "serviceTask", pi, remindExec, due, due, null, null, 4);
      act(remindId + "End", "已催办", "noneEndEvent", pi, remindExec, due, due, null, null, 1);
      notify(org, "催办：" + name + "已超期" + title, taskId, due);
    }
    return endTime;
  }

  /** An activity with a generated instance id; returns its end. */
  private LocalDateTime act(String actId, String name, String type, String parent, String execution,
      LocalDateTime start, LocalDateTime endTime, String taskId, String assignee, int state) {
    actRow(actId + ":" + uuid(), actId, name, type, parent, execution, start, endTime, taskId, assignee, state);
    return endTime;
  }

  private String actRow(String id, String actId, String name, String type, String parent, String execution,
      LocalDateTime start, LocalDateTime endTime, String taskId, String assignee, int state) {
    sequence += 2;
    if (tables != null) {
      tables.add("ACT_HI_ACTINST", id, parent, KEY, procDefId, pi, pi, execution, actId, taskId, name, type, assignee,
          start, endTime, Duration.between(start, endTime).toMillis(), state, (long) sequence, null);
    }
    return id;
  }

  private void set(String name, String value) {
    Object[] old = variables.get(name);
    variables.put(name, new Object[] {value, old == null ? 0 : (int) old[1] + 1});
  }

  private void opinion(String taskId, String key, String name, String action, String text, User user, Org org,
      LocalDateTime at) {
    if (tables != null) {
      tables.add("filing_opinion", filingId, taskId, key, name, action, text, user.id(), user.displayName(), org.id(),
          org.name(), at);
    }
  }

  private void writeVariables(LocalDateTime submitted, int[] number) {
    LocalDateTime resolved = submitted.plusSeconds(1);
    var(submitted, "filingId", "long", filingId, String.valueOf(filingId), 0);
    var(submitted, "initiatorType", "string", null, initiator.type(), 0);
    var(submitted, "subjectType", "string", null, subject.type(), 0);
    var(resolved, "counterpartGroup", "string", null, Registry.group(counterpart), 0);
    var(resolved, "consentGroup", "string", null, consent ? subject.parentId() + ":UNIVERSITY_OPERATOR" : "", 0);
    var(resolved, "initiatorGroup", "string", null, Registry.group(initiator), 0);
    var(resolved, "cityReviewGroup", "string", null, registry.bureauByCity.get(zone.cityCode()).id() + ":CITY_REVIEWER", 0);
    var(resolved, "provinceStGroup", "string", null, Registry.group(registry.provinceSt), 0);
    var(resolved, "provinceEduGroup", "string", null, Registry.group(registry.provinceEdu), 0);
    variables.forEach((name, v) -> var(resolved, name, "string", null, (String) v[0], (int) v[1]));
    if (number != null) {
      var(approvedAt, "filingNo", "string", null, numberText, 0);
    }
  }

  private void var(LocalDateTime at, String name, String type, Long longValue, String text, int rev) {
    tables.add("ACT_HI_VARINST", uuid(), KEY, procDefId, pi, pi, pi, pi, name, type, at, rev, longValue, text,
        "CREATED", null);
  }

  private void writeFiling(String status, LocalDateTime submitted, LocalDateTime created, User creator, int[] number) {
    String filingNo = null;
    if (number != null) {
      filingNo = String.format("鲁区校备〔%d〕第%04d号", number[0], number[1]);
    }
    LocalDate start = submitted.toLocalDate().plusMonths(1).withDayOfMonth(1);
    tables.add("filing", filingId, initiator.id(), zone.id(), subject.id(), "INDUSTRY_LAYOUT,TRANSFER", start,
        start.plusYears(2 + cosmetic.nextInt(2)).minusDays(1), "张" + (char) ('伟' + cosmetic.nextInt(30)),
        "138" + String.format("%08d", cosmetic.nextInt(100_000_000)), "zone" + filingId + "@example.cn",
        "李" + (char) ('明' + cosmetic.nextInt(30)), "139" + String.format("%08d", cosmetic.nextInt(100_000_000)),
        "univ" + filingId + "@example.cn", status, pi, number == null ? null : number[0],
        number == null ? null : number[1], filingNo, submitted, approvedAt, creator.id(), created, end,
        "新一代信息技术;智能装备", "控制科学与工程", "联席会议每季度召开一次，共商重大事项。", "围绕主导产业联合攻关。",
        "互聘科技副总与产业教授。", "成果收益按协议比例分享。", cosmetic.nextInt(4), cosmetic.nextInt(6), cosmetic.nextInt(3),
        cosmetic.nextInt(5), "完成中试验证两项。", "转化成果十项。", outcome.name().startsWith("RETURNED") ? 2 : 1);
    int projects = 1 + cosmetic.nextInt(3);
    for (int p = 1; p <= projects; p++) {
      tables.add("filing_project", filingId, p, "联合攻关项目" + p, "智能装备", "链主企业" + (1 + cosmetic.nextInt(200)),
          new java.math.BigDecimal(50 + cosmetic.nextInt(2000)));
    }
    tables.add("filing_platform", filingId, 1, "PILOT_BASE", "区校联合中试基地", "共建共用");
    tables.add("filing_attachment", filingId, "AGREEMENT", "合作协议.pdf", "application/pdf", 180_000L + cosmetic.nextInt(900_000),
        "0".repeat(64), "bench/" + pi, creator.id(), submitted.minusMinutes(10));
  }

  /** Set before the walk writes, so notices and variables can carry the number. */
  private void number(int[] number) {
    numberText = number == null ? null : String.format("鲁区校备〔%d〕第%04d号", number[0], number[1]);
  }
}
