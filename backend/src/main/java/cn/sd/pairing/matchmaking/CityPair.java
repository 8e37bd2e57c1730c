package cn.sd.pairing.matchmaking;

/** Two cities sharing a border (stored once; neighbours both ways). */
public record CityPair(String cityCode, String neighbourCode) {}
