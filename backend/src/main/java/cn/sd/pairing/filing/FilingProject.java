package cn.sd.pairing.filing;

import java.math.BigDecimal;

/** One row of table filing_project. */
public class FilingProject {
  public Long id;
  public Long filingId;
  public int seq;
  public String name;
  public String techField;
  public String leadEnterprise;
  public BigDecimal budgetWan;
}
