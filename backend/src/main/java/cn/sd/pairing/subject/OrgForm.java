package cn.sd.pairing.subject;

import java.util.List;

/**
 * Create/update body of a zone, university or unit. type: ZONE | UNIVERSITY | UNIT (fixed after
 * creation); level (zones): NATIONAL | PROVINCIAL (国家级/省级 also accepted); parentId (units):
 * an enabled university; a unit's city is its university's, so cityCode is not used for units.
 */
public record OrgForm(String type, String code, String name, String cityCode, String level, Long parentId,
    List<String> industries, List<String> disciplines) {}
