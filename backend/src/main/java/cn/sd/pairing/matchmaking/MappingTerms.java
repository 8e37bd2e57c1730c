package cn.sd.pairing.matchmaking;

import java.util.List;

/**
 * The words the registry uses, for the administrator's pickers: leading industries of enabled zones,
 * advantage disciplines of enabled universities and units, and the industries no row maps yet.
 */
public record MappingTerms(List<String> industries, List<String> disciplines, List<String> unmappedIndustries) {}
