package cn.sd.pairing.subject;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldErrors;
import cn.sd.pairing.common.TabularFile;
import cn.sd.pairing.subject.ImportResult.Rejected;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads zones, universities or units from CSV/.xlsx. Each good row is saved in its own
 * transaction; a bad row is reported with its row number and reason and skipped, so one typo
 * never costs the rest of the file. Rows are matched by code: a known code is updated.
 */
@Service
public class OrgImportService {
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
  public static final int MAX_ROWS = 5000;
  private static final Logger log = LoggerFactory.getLogger(OrgImportService.class);

  private final OrgMapper orgs;
  private final OrgAdminService admin;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public OrgImportService(OrgMapper orgs, OrgAdminService admin, TransactionTemplate transaction, Clock clock) {
    this.orgs = orgs;
    this.admin = admin;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** ZONE, UNIVERSITY or UNIT; anything else is a 400 on field "type". */
  public static OrgType importType(String text) {
    String value = text == null ? "" : text.strip();
    for (OrgType type : OrgType.values()) {
      if (type.managed() && type.name().equals(value)) {
        return type;
      }
    }
    throw ApiException.badField("type", "导入类型只能是高新区（ZONE）、高校（UNIVERSITY）或内设机构/团队（UNIT）");
  }

  @Audited(value = AuditEventType.ORG_IMPORT, target = "'org-import:' + #type", detail = "'新增' + #result.created() + '条，更新' + #result.updated() + '条'")
  public ImportResult importFile(OrgType type, byte[] content, String username) {
    if (content == null || content.length == 0) {
      throw ApiException.badField("file", "请选择要导入的文件");
    }
    if (content.length > MAX_FILE_BYTES) {
      throw ApiException.badField("file", "文件不能超过5MB");
    }
    TabularFile.Table table = TabularFile.read(content, MAX_ROWS);
    Map<String, Integer> columns = ImportColumns.locate(type, table.header());
    Map<String, City> cities = admin.cityIndex();
    Map<String, String> cityByName = new HashMap<>();
    cities.values().forEach(c -> cityByName.put(c.name(), c.code()));

    Map<String, Integer> firstRowOfCode = new HashMap<>();
    List<Rejected> rejected = new ArrayList<>();
    int created = 0;
    int updated = 0;
    for (TabularFile.Row row : table.rows()) {
      RowValues values = new RowValues(row, columns);
      String code = OrgRules.normaliseCode(values.get(ImportColumns.CODE));
      if (code != null) {
        Integer first = firstRowOfCode.putIfAbsent(code, row.number());
        if (first != null) {
          rejected.add(new Rejected(row.number(), code, "代码与文件第" + first + "行重复"));
          continue;
        }
      }
      try {
        Outcome outcome = transaction.execute(status -> saveRow(type, values, cities, cityByName));
        if (outcome.reason != null) {
          rejected.add(new Rejected(row.number(), code == null ? "" : code, outcome.reason));
        } else if (outcome.created) {
          created++;
        } else {
          updated++;
        }
      } catch (DataAccessException e) {
        log.warn("Import row {} ({}) failed: {}", row.number(), code, e.getMostSpecificCause().getMessage());
        rejected.add(new Rejected(row.number(), code == null ? "" : code, "保存失败：与现有数据冲突，请检查后重试"));
      }
    }
    log.info("Registry import of {} by {}: {} rows, {} created, {} updated, {} rejected", type, username,
        table.rows().size(), created, updated, rejected.size());
    return new ImportResult(table.rows().size(), created, updated, rejected);
  }

  private record Outcome(boolean created, String reason) {
    static Outcome rejected(String reason) {
      return new Outcome(false, reason);
    }
  }

  private Outcome saveRow(OrgType type, RowValues values, Map<String, City> cities, Map<String, String> cityByName) {
    String city = values.get(ImportColumns.CITY);
    if (city != null && !cities.containsKey(city) && cityByName.containsKey(city)) {
      city = cityByName.get(city);
    }
    String parentCode = type == OrgType.UNIT ? OrgRules.normaliseCode(values.get(ImportColumns.PARENT)) : null;
    Org parent = parentCode == null ? null : orgs.findByCode(parentCode);
    List<String> industries = OrgRules.split(values.get(ImportColumns.INDUSTRIES));
    List<String> disciplines = OrgRules.split(values.get(
        type == OrgType.UNIT ? ImportColumns.UNIT_DISCIPLINES : ImportColumns.UNIV_DISCIPLINES));
    OrgRules.Input input = new OrgRules.Input(type, values.get(ImportColumns.CODE), values.get(ImportColumns.NAME),
        city, values.get(ImportColumns.LEVEL), parentCode != null, parent, industries, disciplines);

    FieldErrors errors = new FieldErrors();
    Org org = OrgRules.check(input, cities, errors);
    if (!errors.isEmpty()) {
      String reason = errors.joined();
      if (parentCode != null && errors.has("parentId")) {
        reason = reason.replace("所属高校不存在", "所属高校代码“" + parentCode + "”不存在");
      }
      return Outcome.rejected(reason);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Org current = orgs.findByCode(org.code);
    if (current == null) {
      org.createdAt = now;
      org.updatedAt = now;
      orgs.insert(org);
      return new Outcome(true, null);
    }
    if (current.type != type) {
      return Outcome.rejected("代码“" + org.code + "”已被" + current.type.label() + "“" + current.name + "”使用");
    }
    org.id = current.id;
    org.updatedAt = now;
    // a list column left out of the file keeps what is stored
    if (!values.has(ImportColumns.INDUSTRIES)) {
      org.industries = current.industries;
    }
    if (!values.has(ImportColumns.UNIV_DISCIPLINES) && !values.has(ImportColumns.UNIT_DISCIPLINES)) {
      org.disciplines = current.disciplines;
    }
    orgs.update(org);
    if (type == OrgType.UNIVERSITY && !Objects.equals(current.cityCode, org.cityCode)) {
      orgs.updateUnitsCity(current.id, org.cityCode, now);
    }
    return new Outcome(false, null);
  }

  /** The cells of one row by column key; null for an empty cell or a column not in the file. */
  private record RowValues(TabularFile.Row row, Map<String, Integer> columns) {
    String get(ImportColumns.Column column) {
      Integer index = columns.get(column.key());
      if (index == null) {
        return null;
      }
      String value = row.cell(index);
      return value.isEmpty() ? null : value;
    }

    boolean has(ImportColumns.Column column) {
      return columns.containsKey(column.key());
    }
  }
}
