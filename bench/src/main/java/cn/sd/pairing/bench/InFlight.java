package cn.sd.pairing.bench;

import cn.sd.pairing.bench.Registry.Org;
import cn.sd.pairing.bench.Registry.User;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * The filings in flight: real engine state (ACT_RU_* executions, tasks with candidate groups and due dates, timers,
 * async joins, and their ACT_HI_* history), made by Camunda's Java API in this JVM on the product's own deployment of
 * pairing-filing, with the engine clock set to each step's time so durations and overdue steps look lived. The
 * product's beans are replaced by ones with the same effects, written on the engine's connection in the engine's
 * transaction: the participants' candidate groups from the registry, the filing status, the 待办 and 催办
 * notifications, due dates of five working days, the submit and decision opinions. The product is stopped meanwhile;
 * its next start fills the monitoring read model for these filings from the history (FiguresBackfill).
 *
 * <p>Why not the product's HTTP API: a filing in flight costs 4–5 requests there (draft, upload, submit, decisions),
 * 43–81 filings a minute on this machine under load, so 5,000 took hours; here it is one engine command per step.
 */
final class InFlight {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String KEY = "pairing-filing";

  /** Where a filing stops: the open step(s) it waits at. */
  enum Stage { CONFIRM, CITY, PROVINCE, PROVINCE_EDU_ONLY, RETURNED }

  private final Registry registry;
  private final ProcessEngine engine;
  private final HikariDataSource dataSource;
  /** filing id → (zone, subject, initiator) for the participants bean */
  private final Map<Long, Org[]> parties = new HashMap<>();

  InFlight(Config config, String database, Registry registry) {
    this.registry = registry;
    dataSource = RawEngine.pool(config, database, 2);

    Map<Object, Object> beans = new HashMap<>();
    beans.put("resolveParticipants", (JavaDelegate) this::resolveParticipants);
    beans.put("filingStatus", new FilingStatus());
    beans.put("notifyCandidates", (TaskListener) this::notifyCandidates);
    beans.put("deadlines", new Deadlines());
    beans.put("remindOverdue", (JavaDelegate) this::remindOverdue);
    beans.put("approveFilingDelegate", (JavaDelegate) execution -> {
      throw new IllegalStateException("a filing in flight is never approved");
    });
    StandaloneProcessEngineConfiguration cfg = RawEngine.configuration("inflight-" + database, dataSource, beans);
    cfg.setDatabaseSchemaUpdate("false");
    cfg.setJobExecutorActivate(false);
    engine = cfg.buildProcessEngine();
  }

  /** count filings, single-threaded (the engine clock is one per JVM), fixed seed. */
  void run(long seed, int count, LocalDateTime now, long firstId) throws SQLException {
    List<Org> universities = registry.subjects.stream().filter(s -> s.type().equals("UNIVERSITY")).toList();
    for (int i = 0; i < count; i++) {
      Random random = new Random(seed + 31L * i);
      Org zone = registry.zones.get(random.nextInt(registry.zones.size()));
      Org subject = universities.get(random.nextInt(universities.size()));
      boolean zoneInitiates = random.nextInt(10) < 7;
      Org initiator = zoneInitiates ? zone : subject;
      Org counterpart = zoneInitiates ? subject : zone;
      double s = random.nextDouble();
      Stage stage = s < 0.3 ? Stage.CONFIRM : s < 0.6 ? Stage.CITY : s < 0.85 ? Stage.PROVINCE
          : s < 0.9 ? Stage.PROVINCE_EDU_ONLY : Stage.RETURNED;
      // step times backwards from now: the last step happened 0–12 days ago (so about half of the review steps are
      // past their five working days), the earlier ones 0.2–9 days apart; never later than now
      double[] gaps = {0.2 + random.nextDouble() * 5, 0.5 + random.nextDouble() * 8, 0.5 + random.nextDouble() * 3};
      int steps = stage == Stage.CONFIRM ? 0 : stage == Stage.CITY ? 1 : stage == Stage.PROVINCE_EDU_ONLY ? 3 : 2;
      double back = random.nextDouble() * 12;
      for (int g = 0; g < steps; g++) {
        back += gaps[g];
      }
      LocalDateTime t = working(now.minusSeconds((long) (back * 86_400)), now);
      long filingId = firstId + i;
      parties.put(filingId, new Org[] {zone, subject, initiator});
      insertFiling(filingId, zone, subject, initiator, t, random);
      String pi = submit(filingId, zone, subject, initiator, t);
      if (stage == Stage.CONFIRM) {
        continue;
      }
      t = working(t.plusSeconds((long) (gaps[0] * 86_400)), now);
      decide(filingId, pi, "counterpartConfirm", counterpart, "APPROVE", "同意", t);
      if (stage == Stage.CITY) {
        continue;
      }
      t = working(t.plusSeconds((long) (gaps[1] * 86_400)), now);
      Org bureau = registry.bureauByCity.get(zone.cityCode());
      decide(filingId, pi, "cityReview", bureau, stage == Stage.RETURNED ? "RETURN" : "APPROVE",
          stage == Stage.RETURNED ? "请补充联合攻关项目的经费来源" : "同意", t);
      if (stage == Stage.PROVINCE_EDU_ONLY) {
        t = working(t.plusSeconds((long) (gaps[2] * 86_400)), now);
        decide(filingId, pi, "provinceStReview", registry.provinceSt, "APPROVE", "同意", t);
      }
    }
    // what the product's job executor would have run by now: the 催办 timers that fell due and the async joins
    ClockUtil.setCurrentTime(Date.from(now.atZone(BEIJING).toInstant()));
    int jobs = 0;
    // timers and asynchronous continuations only: Camunda's history-cleanup job is always executable and reschedules
    // itself
    for (boolean timers : new boolean[] {true, false}) {
      List<Job> due;
      while (!(due = (timers ? engine.getManagementService().createJobQuery().timers()
          : engine.getManagementService().createJobQuery().messages()).executable().listPage(0, 500)).isEmpty()) {
        for (Job job : due) {
          engine.getManagementService().executeJob(job.getId());
          jobs++;
        }
      }
    }
    ClockUtil.reset();
    System.out.printf("in flight: %d due jobs (催办 timers, async joins) executed%n", jobs);
  }

  /** Moved into working hours (8:00–17:59), and never after now (then a few minutes before it). */
  private static LocalDateTime working(LocalDateTime t, LocalDateTime now) {
    LocalDateTime w = t.getHour() < 8 || t.getHour() > 17
        ? t.withHour(9 + (t.getMinute() % 8)).plusDays(t.getHour() > 17 ? 1 : 0) : t;
    return w.isAfter(now) ? now.minusMinutes(5 + t.getSecond()) : w;
  }

  private static void at(LocalDateTime t) {
    ClockUtil.setCurrentTime(Date.from(t.atZone(BEIJING).toInstant()));
  }

  private void insertFiling(long id, Org zone, Org subject, Org initiator, LocalDateTime submitted, Random random)
      throws SQLException {
    User creator = registry.userByOrg.get(initiator.id());
    LocalDateTime created = submitted.minusHours(2 + random.nextInt(200));
    LocalDate start = submitted.toLocalDate().plusMonths(1).withDayOfMonth(1);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      update(c, "INSERT INTO filing (id, initiator_org_id, zone_id, university_id, key_tasks, start_date, end_date,"
          + " zone_contact_name, zone_contact_phone, zone_contact_email, univ_contact_name, univ_contact_phone,"
          + " univ_contact_email, status, created_by, created_at, updated_at, zone_industries, subject_disciplines,"
          + " mechanism_decision, mechanism_project, mechanism_talent, mechanism_benefit, talent_vice_presidents,"
          + " talent_industry_professors, talent_secondments, talent_two_way_postings, targets_2026, targets_2028, version)"
          + " VALUES (?, ?, ?, ?, 'INDUSTRY_LAYOUT,TRANSFER', ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, '新一代信息技术;智能装备',"
          + " '控制科学与工程', '联席会议每季度召开一次，共商重大事项。', '围绕主导产业联合攻关。', '互聘科技副总与产业教授。',"
          + " '成果收益按协议比例分享。', ?, ?, ?, ?, '完成中试验证两项。', '转化成果十项。', 1)",
          id, initiator.id(), zone.id(), subject.id(), start, start.plusYears(3).minusDays(1),
          "王" + (char) ('伟' + random.nextInt(30)), "137" + String.format("%08d", random.nextInt(100_000_000)),
          "zone" + id + "@example.cn", "赵" + (char) ('明' + random.nextInt(30)),
          "136" + String.format("%08d", random.nextInt(100_000_000)), "univ" + id + "@example.cn", creator.id(),
          created, created, random.nextInt(4), random.nextInt(6), random.nextInt(3), random.nextInt(5));
      update(c, "INSERT INTO filing_project (filing_id, seq, name, tech_field, lead_enterprise, budget_wan)"
          + " VALUES (?, 1, '联合攻关项目1', '智能装备', ?, ?)", id, "链主企业" + (1 + random.nextInt(200)),
          new java.math.BigDecimal(50 + random.nextInt(2000)));
      update(c, "INSERT INTO filing_platform (filing_id, seq, type, name, note) VALUES (?, 1, 'PILOT_BASE',"
          + " '区校联合中试基地', '共建共用')", id);
      update(c, "INSERT INTO filing_attachment (filing_id, kind, file_name, content_type, size_bytes, sha256,"
          + " storage_key, uploaded_by, uploaded_at) VALUES (?, 'AGREEMENT', '合作协议.pdf', 'application/pdf', ?, ?, ?,"
          + " ?, ?)", id, 180_000L + random.nextInt(900_000), "0".repeat(64), "bench/inflight-" + id, creator.id(),
          submitted.minusMinutes(10));
      c.commit();
    }
  }

  /** The product's submit: the process starts and the filing row records it, in one transaction. */
  private String submit(long filingId, Org zone, Org subject, Org initiator, LocalDateTime t) {
    at(t);
    User user = registry.userByOrg.get(initiator.id());
    return command(() -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put("filingId", filingId);
      variables.put("initiatorType", initiator.type());
      variables.put("subjectType", subject.type());
      String pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, String.valueOf(filingId), variables).getId();
      update(connection(), "UPDATE filing SET process_instance_id = ?, submitted_at = ?, updated_at = ? WHERE id = ?",
          pi, t, t, filingId);
      opinion(filingId, null, "submit", "提交备案", "SUBMIT", null, user, initiator, t);
      return pi;
    });
  }

  /** The product's decision: claim, opinion, complete with "<taskKey>Decision", in one transaction. */
  private void decide(long filingId, String pi, String key, Org org, String decision, String text, LocalDateTime t) {
    at(t);
    User user = registry.userByOrg.get(org.id());
    command(() -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
      engine.getTaskService().setAssignee(task.getId(), user.username());
      opinion(filingId, task.getId(), key, task.getName(), decision, text, user, org, t);
      engine.getTaskService().complete(task.getId(), Map.of(key + "Decision", decision));
      return null;
    });
  }

  private interface Step<T> {
    T run() throws SQLException;
  }

  private <T> T command(Step<T> step) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          try {
            return step.run();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The engine's connection of the running command: business rows join its transaction. */
  private static Connection connection() {
    return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        s.setObject(i + 1, v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v);
      }
      s.executeUpdate();
    }
  }

  private void opinion(long filingId, String taskId, String key, String name, String action, String text, User user,
      Org org, LocalDateTime at) throws SQLException {
    update(connection(), "INSERT INTO filing_opinion (filing_id, task_id, step_key, step_name, action, opinion, user_id,"
        + " user_name, org_id, org_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", filingId, taskId, key,
        name, action, text, user.id(), user.displayName(), org.id(), org.name(), at);
  }

  private static LocalDateTime engineNow() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
  }

  // ---- the product's beans, same effects

  private void resolveParticipants(DelegateExecution execution) {
    long filingId = ((Number) execution.getVariable("filingId")).longValue();
    Org[] p = parties.get(filingId);
    Org zone = p[0];
    Org subject = p[1];
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable("routing");
    execution.setVariable("counterpartGroup", Registry.group("ZONE".equals(routing.get("counterpart")) ? zone : subject));
    execution.setVariable("consentGroup", subject.parentId() == null ? "" : subject.parentId() + ":UNIVERSITY_OPERATOR");
    execution.setVariable("initiatorGroup", Registry.group(p[2]));
    execution.setVariable("cityReviewGroup", registry.bureauByCity.get(zone.cityCode()).id() + ":CITY_REVIEWER");
    execution.setVariable("provinceStGroup", Registry.group(registry.provinceSt));
    execution.setVariable("provinceEduGroup", Registry.group(registry.provinceEdu));
  }

  /** ${filingStatus.set/finish(execution, 'X')}: the filing row follows the path (finishing never happens here). */
  public final class FilingStatus {
    public void set(DelegateExecution execution, String status) throws SQLException {
      update(connection(), "UPDATE filing SET status = ?, updated_at = ? WHERE id = ?", status, engineNow(),
          ((Number) execution.getVariable("filingId")).longValue());
    }

    public void finish(DelegateExecution execution, String status) {
      throw new IllegalStateException("a filing in flight never finishes: " + status);
    }
  }

  /** ${deadlines.reviewDue()}: the end of the fifth working day after today (Beijing), as the product's default. */
  public static final class Deadlines {
    public Date reviewDue() {
      LocalDate day = engineNow().toLocalDate();
      int counted = 0;
      while (counted < 5) {
        day = day.plusDays(1);
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          counted++;
        }
      }
      return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(BEIJING).toInstant());
    }
  }

  private void notifyCandidates(DelegateTask task) {
    long filingId = ((Number) task.getVariable("filingId")).longValue();
    Org[] p = parties.get(filingId);
    for (IdentityLink link : task.getCandidates()) {
      notifyGroup(link.getGroupId(), "待办：" + task.getName() + "（" + p[0].name() + " 与 " + p[1].name() + "）",
          filingId, task.getId());
    }
  }

  private void remindOverdue(DelegateExecution execution) {
    String taskKey = (String) execution.getVariable("overdueTaskKey");
    long filingId = ((Number) execution.getVariable("filingId")).longValue();
    Org[] p = parties.get(filingId);
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).list()) {
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (link.getGroupId() != null) {
          notifyGroup(link.getGroupId(), "催办：" + task.getName() + "已超过办理时限（" + p[0].name() + " 与 " + p[1].name()
              + "）", filingId, task.getId());
        }
      }
      notifyGroup((String) execution.getVariable("initiatorGroup"), "您的备案在“" + task.getName() + "”环节已超期，系统已催办",
          filingId, null);
    }
  }

  /** NotificationService.notifyGroups: every enabled user of the group's organisation with its role. */
  private void notifyGroup(String group, String title, long filingId, String taskId) {
    int colon = group.indexOf(':');
    try {
      update(connection(), "INSERT INTO notification (user_id, title, filing_id, task_id, created_at)"
          + " SELECT u.id, ?, ?, ?, ? FROM app_user u JOIN user_role r ON r.user_id = u.id"
          + " WHERE u.org_id = ? AND r.role = ? AND u.enabled = TRUE", title, filingId, taskId, engineNow(),
          Long.parseLong(group.substring(0, colon)), group.substring(colon + 1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long nextFilingId() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM filing")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void close() {
    engine.close();
    dataSource.close();
  }
}
