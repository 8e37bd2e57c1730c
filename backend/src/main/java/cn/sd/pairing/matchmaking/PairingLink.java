package cn.sd.pairing.matchmaking;

import cn.sd.pairing.filing.FilingStatus;

/**
 * A zone's tie to a university-side subject that counts for matchmaking: an active approved filing or
 * one under way. universityId is the legal-entity university (the subject itself, or a unit's parent).
 */
public class PairingLink {
  public long zoneId;
  public long subjectId;
  public long universityId;
  public FilingStatus status;

  public boolean approved() {
    return status == FilingStatus.APPROVED;
  }
}
