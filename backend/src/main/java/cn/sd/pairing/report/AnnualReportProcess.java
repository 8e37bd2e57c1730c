package cn.sd.pairing.report;

/** Names shared with process-models/bpmn/pairing-annual-report.bpmn. */
public final class AnnualReportProcess {
  public static final String KEY = "pairing-annual-report";
  /** The next year a report is asked for; planNext turns it into reportYear (null: none left). */
  public static final String VAR_NEXT_YEAR = "nextYear";
  public static final String VAR_REPORT_YEAR = "reportYear";
  public static final String VAR_WINDOW_OPENS = "windowOpens";
  public static final String VAR_REPORT_ID = "reportId";
  public static final String VAR_REPORT_DUE = "reportDue";
  public static final String VAR_REPORTER_GROUP = "reporterGroup";
  public static final String VAR_CITY_GROUP = "cityGroup";
  /** Correlated by the termination path (business key = filing id): the pairing has ended. */
  public static final String MESSAGE_TERMINATED = "pairingTerminated";
  /** The reporter's steps: first filling, and revision after a return. */
  public static final String TASK_FILL = "fillReport";
  public static final String TASK_REVISE = "reviseReport";
  public static final String TASK_REVIEW = "reviewReport";

  private AnnualReportProcess() {}
}
