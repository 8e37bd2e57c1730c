package cn.sd.pairing.filing;

/** Names shared with process-models/bpmn/pairing-filing.bpmn. */
public final class FilingProcess {
  public static final String KEY = "pairing-filing";
  public static final String VAR_FILING_ID = "filingId";
  public static final String VAR_INITIATOR_TYPE = "initiatorType";
  public static final String VAR_SUBJECT_TYPE = "subjectType";
  public static final String VAR_ROUTING = "routing";
  public static final String VAR_COUNTERPART_GROUP = "counterpartGroup";
  public static final String VAR_CONSENT_GROUP = "consentGroup";
  public static final String VAR_CITY_REVIEW_GROUP = "cityReviewGroup";
  public static final String VAR_PROVINCE_ST_GROUP = "provinceStGroup";
  public static final String VAR_PROVINCE_EDU_GROUP = "provinceEduGroup";
  public static final String VAR_INITIATOR_GROUP = "initiatorGroup";
  /** Suffix of the variable a decision task writes: "<taskKey>Decision". */
  public static final String DECISION_SUFFIX = "Decision";
  /** formKey of user tasks that take a decision; their allowed outcomes are the "decisions" property. */
  public static final String FORM_DECISION = "decision";
  public static final String PROPERTY_DECISIONS = "decisions";
  public static final String MESSAGE_WITHDRAW = "withdrawFiling";

  private FilingProcess() {}
}
