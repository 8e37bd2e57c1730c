package cn.sd.pairing.filing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Planned talent exchange (人才共用): people counts, 0–10000 each; a missing count is 0. */
public record TalentForm(
    @Min(value = 0, message = "科技副总人数应为0–10000的整数")
    @Max(value = 10000, message = "科技副总人数应为0–10000的整数")
    Integer vicePresidents,

    @Min(value = 0, message = "产业教授人数应为0–10000的整数")
    @Max(value = 10000, message = "产业教授人数应为0–10000的整数")
    Integer industryProfessors,

    @Min(value = 0, message = "挂职人数应为0–10000的整数")
    @Max(value = 10000, message = "挂职人数应为0–10000的整数")
    Integer secondments,

    @Min(value = 0, message = "双向派驻人数应为0–10000的整数")
    @Max(value = 10000, message = "双向派驻人数应为0–10000的整数")
    Integer twoWayPostings) {

  static final TalentForm NONE = new TalentForm(0, 0, 0, 0);
}
