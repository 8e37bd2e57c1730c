package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.subject.OrgType;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class UserMapperTest extends IntegrationTest {

  private AppUser newUser(String username, String orgCode, boolean enabled) {
    AppUser user = new AppUser();
    user.username = username;
    user.displayName = "测试用户";
    user.passwordHash = "{noop}not-a-real-hash";
    user.orgId = orgId(orgCode);
    user.enabled = enabled;
    user.createdAt = TestRegistry.now();
    userMapper.insert(user);
    return user;
  }

  @Test
  void seededUsersCarryTheirOrganisationAndRole() {
    AppUser zone = userMapper.findByUsername("zone_jinan");
    assertThat(zone.displayName).isEqualTo("济南高新区经办人");
    assertThat(zone.orgId).isEqualTo(orgId("GX370101"));
    assertThat(zone.orgName).isEqualTo("济南高新技术产业开发区");
    assertThat(zone.orgType).isEqualTo(OrgType.ZONE);
    assertThat(zone.cityCode).isEqualTo("370100");
    assertThat(zone.enabled).isTrue();
    assertThat(passwordEncoder.matches(PASSWORD, zone.passwordHash)).isTrue();
    assertThat(userMapper.findRoles(zone.id)).containsExactly(Role.ZONE_OPERATOR);

    AppUser monitor = userMapper.findByUsername("monitor");
    assertThat(monitor.orgType).isEqualTo(OrgType.PROVINCE_ST);
    assertThat(monitor.cityCode).isNull();
    assertThat(userMapper.findRoles(monitor.id)).containsExactly(Role.PROVINCE_MONITOR);

    for (String name : new String[] {"zone_jinan", "zone_qingdao", "univ_sdu", "unit_sdu", "city_jinan",
        "city_qingdao", "prov_st", "prov_edu", "monitor", "sysadmin", "secadmin", "auditadmin"}) {
      assertThat(userMapper.findByUsername(name)).as(name).isNotNull();
    }
    assertThat(userMapper.findByUsername("nobody-" + TestRegistry.code(""))).isNull();
  }

  @Test
  void insertsUsersWithRolesAndFeedsTheEngineIdentityOnlyWithEnabledOnes() {
    String name = "t_" + TestRegistry.code("");
    AppUser user = newUser(name, "CB370100", true);
    assertThat(user.id).isPositive();
    userMapper.insertRole(user.id, Role.CITY_REVIEWER);
    userMapper.insertRole(user.id, Role.PROVINCE_MONITOR);

    AppUser found = userMapper.findByUsername(name);
    assertThat(found.id).isEqualTo(user.id);
    assertThat(found.orgName).isEqualTo("济南市科学技术局");
    assertThat(found.orgType).isEqualTo(OrgType.CITY_BUREAU);
    assertThat(userMapper.findRoles(user.id)).containsExactlyInAnyOrder(Role.CITY_REVIEWER, Role.PROVINCE_MONITOR);

    String disabledName = "t_" + TestRegistry.code("");
    AppUser disabled = newUser(disabledName, "CB370100", false);
    userMapper.insertRole(disabled.id, Role.CITY_REVIEWER);
    assertThat(userMapper.findByUsername(disabledName).enabled).isFalse();

    var rows = userMapper.findIdentityRows();
    assertThat(rows).filteredOn(r -> r.username().equals(name))
        .extracting(UserMapper.IdentityRow::role).containsExactly(Role.CITY_REVIEWER, Role.PROVINCE_MONITOR);
    assertThat(rows).filteredOn(r -> r.username().equals(name)).allSatisfy(r -> {
      assertThat(r.orgId()).isEqualTo(orgId("CB370100"));
      assertThat(r.orgName()).isEqualTo("济南市科学技术局");
      assertThat(r.displayName()).isEqualTo("测试用户");
    });
    assertThat(rows).noneMatch(r -> r.username().equals(disabledName));
    assertThat(rows).anyMatch(r -> r.username().equals("sysadmin") && r.role() == Role.SYSTEM_ADMIN);
  }

  @Test
  void usernamesAreUnique() {
    String name = "t_" + TestRegistry.code("");
    newUser(name, "GX370101", true);
    assertThatThrownBy(() -> newUser(name, "GX370201", true)).isInstanceOf(DuplicateKeyException.class);
  }
}
