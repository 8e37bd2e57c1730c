package cn.sd.pairing.change;

import java.time.LocalDateTime;

/**
 * One row of table filing_snapshot: the content a filing had when a change was first submitted, i.e. the version
 * the change was based on. Nothing else changes a filing while one of its changes is open, so for an approved change
 * it is the earlier version that the change replaced.
 */
public class FilingSnapshot extends ChangeContent {
  public Long id;
  public Long filingId;
  public Long changeId;
  public LocalDateTime takenAt;
}
