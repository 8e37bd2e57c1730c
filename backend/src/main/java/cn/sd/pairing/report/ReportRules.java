package cn.sd.pairing.report;

import cn.sd.pairing.common.FieldErrors;
import java.math.BigDecimal;

/**
 * The checks of an annual report's figures, every message Chinese and on its field. Every save checks formats
 * (non-negative whole numbers, amounts in 万元 with at most two decimals, limits, finished ≤ started, no contract
 * value without a transfer); a submission also needs every field.
 */
final class ReportRules {
  static final int MAX_COUNT = 100_000;
  static final BigDecimal MAX_WAN = new BigDecimal("100000000");
  static final int MAX_NARRATIVE = 2000;

  private ReportRules() {}

  static FieldErrors check(AnnualReportForm form, boolean complete) {
    FieldErrors errors = new FieldErrors();
    count(errors, "projectsStarted", "联合开展项目数", form.projectsStarted(), complete);
    count(errors, "projectsFinished", "完成项目数", form.projectsFinished(), complete);
    count(errors, "breakthroughs", "突破关键核心技术数", form.breakthroughs(), complete);
    count(errors, "transfers", "成果转化数", form.transfers(), complete);
    amount(errors, "contractValueWan", "成果转化合同金额", form.contractValueWan(), complete);
    count(errors, "scenarios", "应用场景数", form.scenarios(), complete);
    count(errors, "platformsBuilt", "共建平台数", form.platformsBuilt(), complete);
    count(errors, "vicePresidents", "选派科技副总人数", form.vicePresidents(), complete);
    count(errors, "industryProfessors", "聘任产业教授人数", form.industryProfessors(), complete);
    amount(errors, "fundingWan", "争取资金", form.fundingWan(), complete);
    if (!errors.has("projectsStarted") && !errors.has("projectsFinished") && form.projectsStarted() != null
        && form.projectsFinished() != null && form.projectsFinished() > form.projectsStarted()) {
      errors.add("projectsFinished", "完成项目数不能多于联合开展项目数");
    }
    if (!errors.has("transfers") && !errors.has("contractValueWan") && form.transfers() != null
        && form.transfers() == 0 && form.contractValueWan() != null && form.contractValueWan().signum() > 0) {
      errors.add("contractValueWan", "没有成果转化时，成果转化合同金额应为0");
    }
    String narrative = text(form.narrative());
    if (narrative == null && complete) {
      errors.add("narrative", "请填写经验成效");
    } else if (narrative != null && narrative.length() > MAX_NARRATIVE) {
      errors.add("narrative", "经验成效不能超过" + MAX_NARRATIVE + "字");
    }
    return errors;
  }

  /** Trimmed text; blank = not given. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void count(FieldErrors errors, String field, String label, Integer value, boolean complete) {
    if (value == null) {
      if (complete) {
        errors.add(field, "请填写" + label);
      }
    } else if (value < 0) {
      errors.add(field, label + "不能为负数");
    } else if (value > MAX_COUNT) {
      errors.add(field, label + "不能超过" + MAX_COUNT);
    }
  }

  private static void amount(FieldErrors errors, String field, String label, BigDecimal value, boolean complete) {
    if (value == null) {
      if (complete) {
        errors.add(field, "请填写" + label + "（万元）");
      }
    } else if (value.signum() < 0) {
      errors.add(field, label + "不能为负数");
    } else if (value.stripTrailingZeros().scale() > 2) {
      errors.add(field, label + "最多保留两位小数（万元）");
    } else if (value.compareTo(MAX_WAN) > 0) {
      errors.add(field, label + "不能超过" + MAX_WAN.toPlainString() + "万元");
    }
  }
}
