package cn.sd.pairing.matchmaking;

import jakarta.validation.constraints.Size;
/** A new row of the mapping, as the administrator enters it. */
public record IndustryDisciplineForm(
    @Size(max = 200, message = "产业名称过长") String industry,
    @Size(max = 200, message = "学科名称过长") String discipline) {}
