package cn.sd.pairing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.filing.AttachmentKind;
import cn.sd.pairing.filing.AttachmentService;
import cn.sd.pairing.filing.ContactForm;
import cn.sd.pairing.filing.FilingAttachmentMapper;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingForm;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.filing.FilingWorkflow;
import cn.sd.pairing.filing.KeyTask;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.report.AnnualReportProcess;
import cn.sd.pairing.review.CompleteTaskRequest;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.review.ReviewService;
import cn.sd.pairing.filing.PlatformForm;
import cn.sd.pairing.filing.ProjectForm;
import cn.sd.pairing.filing.TalentForm;
import cn.sd.pairing.security.AppUser;
import cn.sd.pairing.security.AppUserDetailsService;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserMapper;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.DemoDataSeeder;
import cn.sd.pairing.subject.OrgMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of every Spring test: one configuration (full app on a random port plus MockMvc), so
 * the context cache starts the application, the engine and the database once for the whole
 * suite. Runs on H2 by default, on MariaDB with -Dspring.profiles.active=mysql.
 *
 * <p>The database may already hold data of earlier runs: every test makes its own filings
 * and asserts only on the ids it created. Process instances a test leaves running are
 * deleted afterwards, so review backlogs do not grow from run to run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
// metrics export as in production (tests switch it off by default), so /actuator/prometheus is there
@AutoConfigureObservability(tracing = false)
@Import({ContainerSessionsInMockMvc.class, AutoCommitJdbcOutsideTransactions.class})
public abstract class IntegrationTest {
  public static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
  public static final Pattern FILING_NO = Pattern.compile("鲁区校备〔(\\d{4})〕第(\\d{4})号");
  /** A Han character: every user-facing message is Chinese. */
  public static final String CHINESE = ".*\\p{IsHan}.*";

  @Autowired protected MockMvc mvc;
  @Autowired protected ObjectMapper json;
  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;
  @Autowired protected ManagementService managementService;
  @Autowired protected FilingWorkflow filingWorkflow;
  @Autowired protected ReviewService reviewService;
  @Autowired protected PlatformTransactionManager transactionManager;
  @Autowired protected FilingService filingService;
  @Autowired protected AttachmentService attachmentService;
  @Autowired protected FilingAttachmentMapper attachmentMapper;
  @Autowired protected FilingMapper filingMapper;
  @Autowired protected OrgMapper orgMapper;
  @Autowired protected UserMapper userMapper;
  @Autowired protected AppUserDetailsService userDetails;
  @Autowired protected PasswordEncoder passwordEncoder;
  @Autowired protected Clock clock;

  /** Filings made by this test; their still-running processes are removed after it. */
  private final List<Long> createdFilings = new ArrayList<>();

  @AfterEach
  void deleteRunningProcessesOfThisTest() {
    // a test that moved the engine clock must never leave it moved for the next one
    ClockUtil.reset();
    for (Long id : createdFilings) {
      Filing filing = filingMapper.findById(id);
      if (filing != null && filing.processInstanceId != null) {
        deleteProcessInstances(List.of(filing.processInstanceId));
      }
      // an approved filing's annual report cycle waits for next year's window: not a concern of later tests
      deleteProcessInstances(runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(AnnualReportProcess.KEY).processInstanceBusinessKey(String.valueOf(id)).list().stream()
          .map(ProcessInstance::getId).toList());
    }
  }

  /** Deletes the instances that still run; the job executor may be moving one meanwhile (then: again). */
  private void deleteProcessInstances(List<String> ids) {
    for (int attempt = 1; ; attempt++) {
      try {
        runtimeService.deleteProcessInstancesIfExists(ids, "test cleanup", true, true, false);
        return;
      } catch (OptimisticLockingException jobExecutorMovedOneMeanwhile) {
        if (attempt == 5) {
          throw jobExecutorMovedOneMeanwhile;
        }
      }
    }
  }

  protected void track(long filingId) {
    createdFilings.add(filingId);
  }

  // ---------------------------------------------------------------- registry

  protected UserPrincipal user(String username) {
    return userDetails.loadUserByUsername(username).withoutPassword();
  }

  protected long orgId(String code) {
    return orgMapper.findByCode(code).id;
  }

  /** A user of the registry with one role; made once, reused by later runs on the same database. */
  protected AppUser ensureUser(String username, String displayName, String orgCode, Role role) {
    AppUser existing = userMapper.findByUsername(username);
    if (existing != null) {
      return existing;
    }
    AppUser user = new AppUser();
    user.username = username;
    user.displayName = displayName;
    user.passwordHash = passwordEncoder.encode(PASSWORD);
    user.orgId = orgId(orgCode);
    user.createdAt = LocalDateTime.now(clock);
    userMapper.insert(user);
    userMapper.insertRole(user.id, role);
    return userMapper.findByUsername(username);
  }

  // ---------------------------------------------------------------- filings through the service layer

  /** A form with everything a submission needs (the agreement is uploaded separately, see draft()). */
  protected FilingForm completeForm(String universityCode) {
    return new FilingForm(null, orgId(universityCode), List.of(KeyTask.INDUSTRY_LAYOUT, KeyTask.TRANSFER),
        LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 31),
        new ContactForm("张三", "13800000000", "zhang@zone.cn"),
        new ContactForm("李四", "13900000000", "li@univ.cn"),
        null, null,
        "联席会议每季度召开一次", "围绕主导产业共同凝练攻关项目", "互派人员挂职、聘任产业教授", "成果收益按约定比例分配",
        List.of(new ProjectForm("高端装备联合攻关", "智能制造", "某链主企业", new BigDecimal("500.00"))),
        List.of(new PlatformForm("PILOT_BASE", "联合中试基地", null)),
        new TalentForm(2, 3, 1, 4), "建成联合中试基地", "形成示范性成果转化体系", null);
  }

  /** A fresh draft of the zone operator's zone, with the signed agreement uploaded. */
  protected long draft(String zoneOperator, String universityCode) {
    long id = filingService.create(completeForm(universityCode), user(zoneOperator)).id();
    track(id);
    attach(id, zoneOperator, AttachmentKind.AGREEMENT);
    return id;
  }

  /** Uploads a small real PDF as an attachment of the kind, through the service. */
  protected void attach(long filingId, String username, AttachmentKind kind) {
    attachmentService.upload(filingId, kind.name(),
        new MockMultipartFile("file", "合作协议.pdf", "application/pdf", TestFiles.pdf()), user(username));
  }

  /** A fresh filing, submitted: its process waits at 对方确认 (the university confirms). */
  protected long submitted(String zoneOperator, String universityCode) {
    long id = draft(zoneOperator, universityCode);
    filingService.submit(id, completeForm(universityCode), user(zoneOperator));
    return id;
  }

  protected Filing filing(long id) {
    return filingMapper.findById(id);
  }

  /** The open task of a filing's process at one step (BPMN task id), or null. */
  protected Task task(long filingId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(filing(filingId).processInstanceId)
        .taskDefinitionKey(taskKey).initializeFormKeys().singleResult();
  }

  protected FilingStatus statusOf(long filingId) {
    return filing(filingId).status;
  }

  /**
   * A submitted filing of any initiator and university-side subject (university or unit), made
   * the way FilingService.submit makes one: the row, the real process started through
   * FilingWorkflow and the submission recorded, in one transaction. FilingService.create only
   * takes zone operators with a university today, so the other paths are built here.
   *
   * @param initiatorCode registry code of the initiating organisation (zone, university or unit)
   * @param zoneCode the zone of the pairing
   * @param subjectCode the university side: a university or a unit/team
   * @param submitter username of the initiator's operator who submits
   */
  protected long startedFiling(String initiatorCode, String zoneCode, String subjectCode, String submitter) {
    UserPrincipal operator = user(submitter);
    Long id = new TransactionTemplate(transactionManager).execute(tx -> {
      LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
      Filing f = new Filing();
      f.initiatorOrgId = orgId(initiatorCode);
      f.zoneId = orgId(zoneCode);
      f.universityId = orgId(subjectCode);
      f.keyTasks = "INDUSTRY_LAYOUT,TRANSFER";
      f.startDate = LocalDate.of(2026, 12, 1);
      f.endDate = LocalDate.of(2028, 12, 31);
      f.zoneContactName = "张三";
      f.zoneContactPhone = "13800000000";
      f.zoneContactEmail = "zhang@zone.cn";
      f.univContactName = "李四";
      f.univContactPhone = "13900000000";
      f.univContactEmail = "li@univ.cn";
      f.status = FilingStatus.DRAFT;
      f.createdBy = operator.id();
      f.createdAt = now;
      f.updatedAt = now;
      filingMapper.insert(f);
      String processInstanceId = filingWorkflow.start(f);
      filingMapper.markSubmitted(f.id, processInstanceId, now);
      filingService.record(f.id, null, "submit", "提交备案", OpinionAction.SUBMIT, null, operator, now);
      return f.id;
    });
    track(id);
    waitForJobs(filing(id).processInstanceId);
    return id;
  }

  /**
   * A reviewer (or the counterpart) decides the filing's open task at one step through
   * ReviewService, as the API does; then the jobs it caused (the async provincial join) run.
   */
  protected void decide(long filingId, String taskKey, String username, Decision decision) {
    Task open = task(filingId, taskKey);
    if (open == null) {
      throw new AssertionError("filing " + filingId + " has no open task " + taskKey + "; open: "
          + taskService.createTaskQuery().processInstanceId(filing(filingId).processInstanceId).list().stream()
              .map(Task::getTaskDefinitionKey).toList());
    }
    String opinion = decision == Decision.APPROVE ? null : "意见：" + decision.action().label();
    reviewService.complete(open.getId(), new CompleteTaskRequest(decision, opinion, null), user(username));
    waitForJobs(filing(filingId).processInstanceId);
  }

  // ---------------------------------------------------------------- the job executor

  /** How long {@link #waitForJobs} waits for the job executor before it fails the test. */
  protected static final long JOB_WAIT_SECONDS = 20;
  /** After this long without progress the waiting test runs the due jobs itself. */
  private static final long NUDGE_AFTER_MILLIS = 2000;

  /**
   * Waits until the process instance has no executable job left (e.g. the asynchronous
   * provincial join, or a boundary timer whose date the engine clock has passed). The job
   * executor stays on, as in production, and normally runs such a job within milliseconds
   * (a new job hints it; tests poll the database quickly, see surefire's properties in
   * backend/pom.xml). If it has not after two seconds the test executes the due jobs itself
   * through ManagementService; losing that race to the job executor is harmless. A job that
   * keeps failing (an incident) fails the test with its stack trace.
   */
  protected void waitForJobs(String processInstanceId) {
    long started = System.nanoTime();
    long deadline = started + TimeUnit.SECONDS.toNanos(JOB_WAIT_SECONDS);
    long nudgeAt = started + TimeUnit.MILLISECONDS.toNanos(NUDGE_AFTER_MILLIS);
    while (true) {
      List<Job> failed = managementService.createJobQuery().processInstanceId(processInstanceId)
          .noRetriesLeft().list();
      if (!failed.isEmpty()) {
        throw new AssertionError("job " + failed.get(0).getId() + " of process " + processInstanceId + " failed:\n"
            + managementService.getJobExceptionStacktrace(failed.get(0).getId()));
      }
      List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      long now = System.nanoTime();
      if (now > deadline) {
        List<Job> erring = managementService.createJobQuery().processInstanceId(processInstanceId).withException()
            .list();
        throw new AssertionError("process " + processInstanceId + " still has " + due.size()
            + " executable job(s) after " + JOB_WAIT_SECONDS + " s" + (erring.isEmpty() ? ""
            : "; last failure:\n" + managementService.getJobExceptionStacktrace(erring.get(0).getId())));
      }
      if (now > nudgeAt) {
        for (Job job : due) {
          try {
            managementService.executeJob(job.getId());
          } catch (OptimisticLockingException takenByTheJobExecutor) {
            // the job executor ran it at the same moment
          } catch (ProcessEngineException e) {
            if (managementService.createJobQuery().jobId(job.getId()).count() > 0
                && !(e.getCause() instanceof OptimisticLockingException)) {
              throw e;
            }
          }
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for jobs", e);
      }
    }
  }

  // ---------------------------------------------------------------- HTTP through MockMvc

  /**
   * A logged-in session of the user, made once through the real login and reused by later
   * tests (a MockHttpSession keeps its login; BCrypt makes each login cost ~0.1 s).
   */
  protected MockHttpSession login(String username) throws Exception {
    MockHttpSession session = SESSIONS.get(username);
    if (session == null || session.isInvalid()) {
      session = freshLogin(username);
      SESSIONS.put(username, session);
    }
    return session;
  }

  private static final Map<String, MockHttpSession> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Logs in through POST /api/auth/login (with CSRF) and returns the session that holds the login. */
  protected MockHttpSession freshLogin(String username) throws Exception {
    MvcResult result = mvc.perform(post("/api/auth/login").with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(toJson(Map.of("username", username, "password", PASSWORD))))
        .andExpect(status().isOk())
        .andReturn();
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    if (session == null) {
      throw new IllegalStateException("login of " + username + " left no session");
    }
    return session;
  }

  protected String toJson(Object value) throws Exception {
    return json.writeValueAsString(value);
  }

  protected JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsByteArray());
  }
}
