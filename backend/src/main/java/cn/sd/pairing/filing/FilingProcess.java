package cn.sd.pairing.filing;

/** Names shared with process-models/bpmn/pairing-filing.bpmn. */
public final class FilingProcess {
  public static final String KEY = "pairing-filing";
  public static final String VAR_FILING_ID = "filingId";
  public static final String VAR_CITY_REVIEW_GROUP = "cityReviewGroup";
  public static final String VAR_PROVINCE_ST_GROUP = "provinceStGroup";
  public static final String VAR_INITIATOR_GROUP = "initiatorGroup";
  public static final String VAR_DECISION = "decision";
  /** formKey of user tasks that take an approve/return decision. */
  public static final String FORM_REVIEW = "review";

  private FilingProcess() {}
}
