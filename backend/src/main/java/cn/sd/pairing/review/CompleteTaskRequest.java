package cn.sd.pairing.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CompleteTaskRequest(
    @NotNull(message = "请选择审核结论") Decision decision,
    @Size(max = 1000, message = "审核意见不能超过1000字") String opinion,
    /** Optional: the part of the form the opinion concerns (a {@code FilingSection} name). */
    @Size(max = 32, message = "意见所涉部分不正确") String section) {}
