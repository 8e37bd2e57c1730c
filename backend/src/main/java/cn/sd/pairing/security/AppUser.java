package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.time.LocalDateTime;

public class AppUser {
  public Long id;
  public String username;
  public String passwordHash;
  public String displayName;
  public Long orgId;
  public String orgName;
  public OrgType orgType;
  public String cityCode;
  public boolean enabled = true;
  public LocalDateTime createdAt;
}
