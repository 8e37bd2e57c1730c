package cn.sd.pairing.subject;

import java.util.List;

/**
 * Criteria of the organisation list; null/empty = no restriction.
 *
 * @param namePattern LIKE pattern on the name (escaped, ESCAPE '!')
 * @param codePattern the same pattern upper-cased, on the code
 */
public record OrgFilter(String namePattern, String codePattern, List<OrgType> types, String cityCode,
    Boolean enabled, Long parentId) {}
