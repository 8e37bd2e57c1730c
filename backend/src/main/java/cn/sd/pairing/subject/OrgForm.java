package cn.sd.pairing.subject;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create/update body of a zone, university or unit. type: ZONE | UNIVERSITY | UNIT (fixed after
 * creation); level (zones): NATIONAL | PROVINCIAL (国家级/省级 also accepted); parentId (units):
 * an enabled university; a unit's city is its university's, so cityCode is not used for units.
 */
public record OrgForm(
    @Size(max = 16, message = "机构类型不正确") String type,
    @Size(max = 64, message = "机构代码过长") String code,
    @Size(max = 200, message = "机构名称过长") String name,
    @Size(max = 16, message = "所在城市不正确") String cityCode,
    @Size(max = 16, message = "级别不正确") String level,
    Long parentId,
    @Size(max = 100, message = "主导产业项数过多") List<@Size(max = 200, message = "主导产业过长") String> industries,
    @Size(max = 100, message = "优势学科项数过多") List<@Size(max = 200, message = "优势学科过长") String> disciplines) {}
