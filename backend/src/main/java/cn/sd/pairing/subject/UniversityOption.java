package cn.sd.pairing.subject;

public record UniversityOption(long id, String code, String name, String cityCode, String cityName) {
  static UniversityOption of(Org org) {
    return new UniversityOption(org.id, org.code, org.name, org.cityCode, org.cityName);
  }
}
