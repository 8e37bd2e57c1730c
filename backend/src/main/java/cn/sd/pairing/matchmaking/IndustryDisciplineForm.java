package cn.sd.pairing.matchmaking;

/** A new row of the mapping, as the administrator enters it. */
public record IndustryDisciplineForm(String industry, String discipline) {}
