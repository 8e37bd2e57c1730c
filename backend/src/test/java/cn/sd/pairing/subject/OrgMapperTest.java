package cn.sd.pairing.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class OrgMapperTest extends IntegrationTest {

  @Test
  void findsSeededOrganisationsByCodeAndId() {
    Org zone = orgMapper.findByCode("GX370101");
    assertThat(zone.name).isEqualTo("济南高新技术产业开发区");
    assertThat(zone.type).isEqualTo(OrgType.ZONE);
    assertThat(zone.cityCode).isEqualTo("370100");
    assertThat(zone.cityName).isEqualTo("济南市");
    assertThat(zone.zoneLevel).isEqualTo("NATIONAL");
    assertThat(zone.industries).contains("生物医药");
    assertThat(zone.enabled).isTrue();
    assertThat(zone.createdAt).isNotNull();

    Org byId = orgMapper.findById(zone.id);
    assertThat(byId.code).isEqualTo("GX370101");
    assertThat(byId.name).isEqualTo(zone.name);

    Org unit = orgMapper.findByCode("U001-01");
    assertThat(unit.type).isEqualTo(OrgType.UNIT);
    assertThat(unit.parentId).isEqualTo(orgMapper.findByCode("U001").id);

    Org province = orgMapper.findByCode("PROV-ST");
    assertThat(province.type).isEqualTo(OrgType.PROVINCE_ST);
    assertThat(province.cityCode).isNull();
    assertThat(province.cityName).isNull();

    assertThat(orgMapper.findByCode("NO-SUCH-ORG")).isNull();
    assertThat(orgMapper.findById(Long.MAX_VALUE)).isNull();
    assertThat(orgMapper.count()).isGreaterThanOrEqualTo(16 + 3);
  }

  @Test
  void findEnabledByTypeIsPerCityOrProvincial() {
    assertThat(orgMapper.findEnabledByType(OrgType.CITY_BUREAU, "370100")).extracting(o -> o.code)
        .containsExactly("CB370100");
    assertThat(orgMapper.findEnabledByType(OrgType.CITY_BUREAU, "370200")).extracting(o -> o.code)
        .containsExactly("CB370200");
    assertThat(orgMapper.findEnabledByType(OrgType.PROVINCE_ST, null)).extracting(o -> o.code)
        .contains("PROV-ST");
    assertThat(orgMapper.findEnabledByType(OrgType.CITY_BUREAU, null)).hasSizeGreaterThanOrEqualTo(16)
        .allMatch(o -> o.type == OrgType.CITY_BUREAU && o.enabled);

    // a disabled bureau is never chosen
    TestRegistry registry = new TestRegistry(orgMapper, filingMapper);
    String city = registry.city("测试丁市");
    Org off = new Org();
    off.code = TestRegistry.code("T-");
    off.name = "测试丁市科学技术局（停用）";
    off.type = OrgType.CITY_BUREAU;
    off.cityCode = city;
    off.enabled = false;
    off.createdAt = TestRegistry.now();
    off.updatedAt = off.createdAt;
    orgMapper.insert(off);
    assertThat(orgMapper.findEnabledByType(OrgType.CITY_BUREAU, city)).isEmpty();
    Org on = registry.org(OrgType.CITY_BUREAU, "测试丁市科学技术局", city);
    assertThat(orgMapper.findEnabledByType(OrgType.CITY_BUREAU, city)).extracting(o -> o.id).containsExactly(on.id);
  }

  @Test
  void searchEnabledMatchesNamePartsAndSkipsDisabled() {
    assertThat(orgMapper.searchEnabled(OrgType.UNIVERSITY, "山东大学")).extracting(o -> o.code).contains("U001")
        .allMatch(code -> !code.startsWith("GX"));
    assertThat(orgMapper.searchEnabled(OrgType.UNIVERSITY, "海洋")).extracting(o -> o.name).contains("中国海洋大学");
    assertThat(orgMapper.searchEnabled(OrgType.UNIVERSITY, null)).hasSizeGreaterThanOrEqualTo(4)
        .allMatch(o -> o.type == OrgType.UNIVERSITY);
    assertThat(orgMapper.searchEnabled(OrgType.UNIVERSITY, "")).hasSameSizeAs(
        orgMapper.searchEnabled(OrgType.UNIVERSITY, null));
    assertThat(orgMapper.searchEnabled(OrgType.UNIVERSITY, "不存在的大学名称")).isEmpty();

    String marker = "测试停用大学" + TestRegistry.code("");
    Org off = new Org();
    off.code = TestRegistry.code("T-");
    off.name = marker;
    off.type = OrgType.UNIVERSITY;
    off.cityCode = "370100";
    off.enabled = false;
    off.createdAt = TestRegistry.now();
    off.updatedAt = off.createdAt;
    orgMapper.insert(off);
    assertThat(off.id).isPositive();
    assertThat(orgMapper.searchEnabled(OrgType.UNIVERSITY, marker)).isEmpty();
    assertThat(orgMapper.findById(off.id).enabled).isFalse();
  }

  @Test
  void insertsCitiesAndOrganisations() {
    TestRegistry registry = new TestRegistry(orgMapper, filingMapper);
    String city = registry.city("测试戊市");
    Org zone = registry.org(OrgType.ZONE, "测试戊市高新区", city);
    Org found = orgMapper.findById(zone.id);
    assertThat(found.code).isEqualTo(zone.code);
    assertThat(found.cityName).isEqualTo("测试戊市");
    assertThat(found.zoneLevel).isEqualTo("PROVINCIAL");
    assertThat(found.industries).isEqualTo("新材料;智能制造");
    assertThat(found.createdAt).isEqualTo(zone.createdAt);
  }
}
