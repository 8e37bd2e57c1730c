package cn.sd.pairing.filing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A planned joint project (联合攻关项目). */
public record ProjectForm(
    @NotBlank(message = "请填写项目名称")
    @Size(max = 100, message = "项目名称不能超过100个字")
    String name,

    @Size(max = 50, message = "所属领域不能超过50个字")
    String field,

    @Size(max = 100, message = "链主企业不能超过100个字")
    String leadEnterprise,

    @DecimalMin(value = "0", message = "项目预算不能为负数")
    @Digits(integer = 12, fraction = 2, message = "项目预算（万元）最多12位整数、2位小数")
    BigDecimal budgetWan) {

  ProjectForm normalized() {
    return new ProjectForm(FilingText.clean(name), FilingText.clean(field), FilingText.clean(leadEnterprise),
        budgetWan);
  }
}
