package cn.sd.pairing.change;

import cn.sd.pairing.change.ChangeViews.FieldChange;
import cn.sd.pairing.filing.ContactMask;
import cn.sd.pairing.filing.FilingText;
import cn.sd.pairing.filing.FilingViews;
import cn.sd.pairing.filing.KeyTask;
import cn.sd.pairing.filing.PlatformForm;
import cn.sd.pairing.filing.PlatformType;
import cn.sd.pairing.filing.ProjectForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a change alters, field by field, as people read it (变更记录): each field of the content whose text differs,
 * with its Chinese name and both versions. Lists are shown item by item, one line each.
 */
final class ChangeDiff {
  private ChangeDiff() {}

  private record Field(String path, String label, Function<ChangeContent, String> text) {}

  private static final List<Field> FIELDS = List.of(
      new Field("keyTasks", "重点任务", c -> FilingViews.keyTasks(c.keyTasks).stream().map(KeyTask::label)
          .collect(Collectors.joining("、"))),
      new Field("zoneIndustries", "主导产业", c -> String.join("、", FilingText.split(c.zoneIndustries))),
      new Field("subjectDisciplines", "优势学科", c -> String.join("、", FilingText.split(c.subjectDisciplines))),
      new Field("mechanismDecision", "决策共商机制", c -> c.mechanismDecision),
      new Field("mechanismProject", "项目共研机制", c -> c.mechanismProject),
      new Field("mechanismTalent", "人才共用机制", c -> c.mechanismTalent),
      new Field("mechanismBenefit", "利益共享机制", c -> c.mechanismBenefit),
      new Field("projects", "联合攻关项目", c -> c.projects.stream().map(ChangeDiff::project)
          .collect(Collectors.joining("\n"))),
      new Field("platforms", "共建平台", c -> c.platforms.stream().map(ChangeDiff::platform)
          .collect(Collectors.joining("\n"))),
      new Field("talent.vicePresidents", "科技副总（人）", c -> count(c.talentVicePresidents)),
      new Field("talent.industryProfessors", "产业教授（人）", c -> count(c.talentIndustryProfessors)),
      new Field("talent.secondments", "挂职（人）", c -> count(c.talentSecondments)),
      new Field("talent.twoWayPostings", "双向派驻（人）", c -> count(c.talentTwoWayPostings)),
      new Field("targets2026", "2026年底目标", c -> c.targets2026),
      new Field("targets2028", "2028年底目标", c -> c.targets2028),
      new Field("startDate", "合作开始日期", c -> Objects.toString(c.startDate, "")),
      new Field("endDate", "合作结束日期", c -> Objects.toString(c.endDate, "")),
      new Field("zoneContact.name", "高新区联系人姓名", c -> c.zoneContactName),
      new Field("zoneContact.phone", "高新区联系人手机", c -> c.zoneContactPhone),
      new Field("zoneContact.email", "高新区联系人邮箱", c -> c.zoneContactEmail),
      new Field("universityContact.name", "高校联系人姓名", c -> c.univContactName),
      new Field("universityContact.phone", "高校联系人手机", c -> c.univContactPhone),
      new Field("universityContact.email", "高校联系人邮箱", c -> c.univContactEmail));

  /** The fields that differ, in the form's order; phones and e-mails as {@code mask} shows them. */
  static List<FieldChange> between(ChangeContent before, ChangeContent after, ContactMask mask) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field field : FIELDS) {
      String was = Objects.requireNonNullElse(field.text().apply(before), "");
      String now = Objects.requireNonNullElse(field.text().apply(after), "");
      if (!was.equals(now)) {
        UnaryOperator<String> shown = field.path().endsWith(".phone") ? mask::phone
            : field.path().endsWith(".email") ? mask::email : UnaryOperator.identity();
        changes.add(new FieldChange(field.path(), field.label(), shown.apply(was), shown.apply(now)));
      }
    }
    return changes;
  }

  static List<FieldChange> between(ChangeContent before, ChangeContent after) {
    return between(before, after, ContactMask.FULL);
  }

  /** 高端装备联合攻关（智能制造；链主企业：某企业；预算500万元） */
  private static String project(ProjectForm p) {
    List<String> facts = new ArrayList<>();
    if (p.field() != null) {
      facts.add(p.field());
    }
    if (p.leadEnterprise() != null) {
      facts.add("链主企业：" + p.leadEnterprise());
    }
    if (p.budgetWan() != null) {
      facts.add("预算" + plain(p.budgetWan()) + "万元");
    }
    return facts.isEmpty() ? p.name() : p.name() + "（" + String.join("；", facts) + "）";
  }

  /** 中试基地：联合中试基地（说明） */
  private static String platform(PlatformForm p) {
    return PlatformType.labelOf(p.type()) + "：" + p.name() + (p.note() == null ? "" : "（" + p.note() + "）");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String count(Integer value) {
    return String.valueOf(value == null ? 0 : value);
  }
}
