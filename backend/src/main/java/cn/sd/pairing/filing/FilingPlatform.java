package cn.sd.pairing.filing;

/** One row of table filing_platform. */
public class FilingPlatform {
  public Long id;
  public Long filingId;
  public int seq;
  public String type;
  public String name;
  public String note;
}
