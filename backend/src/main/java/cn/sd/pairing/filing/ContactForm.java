package cn.sd.pairing.filing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ContactForm(
    @NotBlank(groups = FilingForm.Submit.class, message = "请填写联系人姓名")
    @Size(max = 32, message = "联系人姓名不能超过32个字")
    String name,

    @NotBlank(groups = FilingForm.Submit.class, message = "请填写联系人手机号")
    @Pattern(regexp = "^$|^1[3-9]\\d{9}$", message = "手机号格式不正确，应为11位手机号")
    String phone,

    @NotBlank(groups = FilingForm.Submit.class, message = "请填写联系人邮箱")
    @Email(message = "邮箱格式不正确")
    @Size(max = 128, message = "邮箱不能超过128个字符")
    String email) {

  /** Masked: a form that reaches a log line or an exception message must not carry the person's number. */
  @Override
  public String toString() {
    return "ContactForm[name=" + name + ", phone=" + FilingViews.maskPhone(phone) + ", email="
        + FilingViews.maskEmail(email) + "]";
  }
}
