package cn.sd.pairing.filing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A planned shared platform (共建平台). The type is kept as text so that an unknown value is
 * answered on its field ({@code platforms[0].type}) rather than as an unreadable request.
 */
public record PlatformForm(
    @NotBlank(message = "请选择平台类型")
    @Pattern(regexp = "^(" + PlatformType.CODES + ")$",
        message = "平台类型只能是实验室、技术创新中心、大学科技园、中试基地、概念验证中心、专业特色学院/卓越工程师学院或实训基地")
    String type,

    @NotBlank(message = "请填写平台名称")
    @Size(max = 100, message = "平台名称不能超过100个字")
    String name,

    @Size(max = 500, message = "平台说明不能超过500个字")
    String note) {

  PlatformForm normalized() {
    return new PlatformForm(FilingText.clean(type), FilingText.clean(name), FilingText.clean(note));
  }
}
