package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;

/**
 * Criteria of the user list; null = no restriction.
 *
 * @param namePattern LIKE pattern (ESCAPE '!') on the display name
 * @param usernamePattern the same pattern lower-cased, on the username
 */
public record UserFilter(String namePattern, String usernamePattern, Long orgId, OrgType orgType, Role role,
    Boolean enabled) {}
