package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.time.LocalDateTime;

public class AppUser {
  public Long id;
  public String username;
  public String passwordHash;
  public String displayName;
  public Long orgId;
  public String orgCode;
  public String orgName;
  public OrgType orgType;
  /** False when the user's organisation is disabled: the user cannot log in then. */
  public boolean orgEnabled = true;
  public String cityCode;
  public boolean enabled = true;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;
  // sign-in state (never sent to the administration API)
  public int failedLogins;
  public LocalDateTime lockedUntil;
  public LocalDateTime passwordChangedAt;
  /** Set for seeded accounts and passwords chosen by an administrator: the owner must choose a new one. */
  public boolean mustChangePassword = true;
  public String totpSecret;
}
