package cn.sd.pairing.subject;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldErrors;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.common.SqlLike;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The system administrator's maintenance of the registry: zones, universities, units/teams. */
@Service
@Transactional
public class OrgAdminService {
  static final String PRESET_READ_ONLY = "市科技局、省级部门和平台运维机构由系统预置，只能查看，不能修改";

  private final OrgMapper orgs;
  private final Clock clock;

  public OrgAdminService(OrgMapper orgs, Clock clock) {
    this.orgs = orgs;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<City> cities() {
    return orgs.findCities();
  }

  @Transactional(readOnly = true)
  public PageResult<OrgView> list(String query, List<OrgType> types, String cityCode, Boolean enabled, Long parentId,
      int page, int size) {
    String pattern = SqlLike.contains(query);
    OrgFilter filter = new OrgFilter(pattern, pattern == null ? null : pattern.toUpperCase(Locale.ROOT),
        types == null || types.isEmpty() ? null : types, OrgRules.blankToNull(cityCode), enabled, parentId);
    List<OrgView> items = orgs.search(filter, (page - 1) * size, size).stream().map(OrgView::of).toList();
    return new PageResult<>(orgs.countSearch(filter), items);
  }

  @Transactional(readOnly = true)
  public OrgView get(long id) {
    return OrgView.of(existing(id));
  }

  @Audited(value = AuditEventType.ORG_CREATE, target = "'org:' + #result.id()", detail = "#form.name()")
  public OrgView create(OrgForm form) {
    FieldErrors errors = new FieldErrors();
    OrgType type = parseType(form.type(), errors);
    errors.throwIfAny();
    Org org = OrgRules.check(input(type, form), cityIndex(), errors);
    errors.throwIfAny();
    requireUniqueCode(org.code, null);
    org.createdAt = LocalDateTime.now(clock);
    org.updatedAt = org.createdAt;
    orgs.insert(org);
    return get(org.id);
  }

  @Audited(value = AuditEventType.ORG_UPDATE, target = "'org:' + #id", detail = "#form.name()")
  public OrgView update(long id, OrgForm form) {
    Org current = existing(id);
    if (!current.type.managed()) {
      throw ApiException.conflict(PRESET_READ_ONLY);
    }
    FieldErrors errors = new FieldErrors();
    if (form.type() != null && !form.type().isBlank() && !current.type.name().equals(form.type().strip())) {
      errors.add("type", "机构类型创建后不能修改");
    }
    Org org = OrgRules.check(input(current.type, form), cityIndex(), errors);
    errors.throwIfAny();
    requireUniqueCode(org.code, current.id);
    org.id = current.id;
    org.updatedAt = LocalDateTime.now(clock);
    orgs.update(org);
    if (current.type == OrgType.UNIVERSITY && !Objects.equals(current.cityCode, org.cityCode)) {
      orgs.updateUnitsCity(current.id, org.cityCode, org.updatedAt);
    }
    return get(id);
  }

  /**
   * Disabled organisations drop out of pickers and their users can no longer log in. Disabling a
   * university does not disable its units; enabling a unit needs an enabled university.
   */
  @Audited(value = AuditEventType.ORG_STATUS, target = "'org:' + #id", detail = "#enabled ? '启用' : '停用'")
  public OrgView setEnabled(long id, boolean enabled) {
    Org current = existing(id);
    if (!current.type.managed()) {
      throw ApiException.conflict(PRESET_READ_ONLY);
    }
    if (enabled && current.type == OrgType.UNIT) {
      Org parent = current.parentId == null ? null : orgs.findById(current.parentId);
      if (parent == null || !parent.enabled) {
        throw ApiException.conflict("所属高校已停用，请先启用高校");
      }
    }
    if (current.enabled != enabled) {
      orgs.setEnabled(id, enabled, LocalDateTime.now(clock));
    }
    return get(id);
  }

  Map<String, City> cityIndex() {
    return orgs.findCities().stream().collect(Collectors.toMap(City::code, Function.identity()));
  }

  private OrgRules.Input input(OrgType type, OrgForm form) {
    Org parent = form.parentId() == null ? null : orgs.findById(form.parentId());
    return new OrgRules.Input(type, form.code(), form.name(), form.cityCode(), form.level(), form.parentId() != null,
        parent, form.industries(), form.disciplines());
  }

  private void requireUniqueCode(String code, Long selfId) {
    Org same = orgs.findByCode(code);
    if (same != null && !same.id.equals(selfId)) {
      String message = "机构代码“" + code + "”已被“" + same.name + "”使用";
      throw new ApiException(HttpStatus.CONFLICT, message, List.of(new FieldMessage("code", message)));
    }
  }

  private Org existing(long id) {
    Org org = orgs.findDetail(id);
    if (org == null) {
      throw ApiException.notFound("机构不存在");
    }
    return org;
  }

  private static OrgType parseType(String text, FieldErrors errors) {
    String value = OrgRules.blankToNull(text);
    if (value == null) {
      errors.add("type", "机构类型不能为空");
      return null;
    }
    for (OrgType type : OrgType.values()) {
      if (type.name().equals(value)) {
        if (!type.managed()) {
          errors.add("type", "市科技局、省级部门和平台运维机构由系统预置，不能新建");
          return null;
        }
        return type;
      }
    }
    errors.add("type", "机构类型只能是高新区（ZONE）、高校（UNIVERSITY）或内设机构/团队（UNIT）");
    return null;
  }
}
