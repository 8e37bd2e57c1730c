package cn.sd.pairing.matchmaking;

import java.time.LocalDateTime;

/** One row of the mapping: an advantage discipline (优势学科) that serves a leading industry (主导产业). */
public class IndustryDiscipline {
  public Long id;
  public String industry;
  public String discipline;
  public LocalDateTime createdAt;
}
