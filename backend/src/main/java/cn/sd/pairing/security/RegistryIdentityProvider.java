package cn.sd.pairing.security;

import cn.sd.pairing.security.UserMapper.IdentityRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's view of users and groups, read from the product's own registry (app_user,
 * user_role, org): one source of truth. Groups are the candidate groups "<orgId>:<ROLE>",
 * plus camunda-admin for system administrators. Passwords are never checked here: the
 * webapps are entered through the product's login (single sign-on).
 */
class RegistryIdentityProvider implements ReadOnlyIdentityProvider {
  private final UserMapper users;

  RegistryIdentityProvider(UserMapper users) {
    this.users = users;
  }

  private record Member(String userId, String displayName, String orgName, List<String> groupIds) {}

  /** Users and groups, both read from one query of the registry. */
  private record Directory(Map<String, Member> members, Map<String, Group> groups) {}

  private Directory directory() {
    Map<String, List<IdentityRow>> byUser = new LinkedHashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (IdentityRow row : users.findIdentityRows()) {
      byUser.computeIfAbsent(row.username(), k -> new ArrayList<>()).add(row);
      String id = CandidateGroups.of(row.orgId(), row.role());
      groups.computeIfAbsent(id, k -> group(id, row.orgName() + " · " + row.role().label()));
      if (row.role() == Role.SYSTEM_ADMIN) {
        groups.computeIfAbsent(Groups.CAMUNDA_ADMIN, k -> group(Groups.CAMUNDA_ADMIN, "流程引擎管理员"));
      }
    }
    Map<String, Member> members = new LinkedHashMap<>();
    byUser.forEach((username, rows) -> {
      List<String> groupIds = new ArrayList<>();
      for (IdentityRow row : rows) {
        groupIds.add(CandidateGroups.of(row.orgId(), row.role()));
        if (row.role() == Role.SYSTEM_ADMIN) {
          groupIds.add(Groups.CAMUNDA_ADMIN);
        }
      }
      IdentityRow first = rows.get(0);
      members.put(username, new Member(username, first.displayName(), first.orgName(), groupIds));
    });
    return new Directory(members, groups);
  }

  private static Group group(String id, String name) {
    GroupEntity group = new GroupEntity(id);
    group.setName(name);
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    return group;
  }

  private static User user(Member member) {
    UserEntity user = new UserEntity(member.userId());
    user.setFirstName(member.displayName());
    user.setLastName(member.orgName());
    return user;
  }

  private static <T> List<T> page(List<T> all, Page page) {
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
    return all.subList(from, to);
  }

  List<User> findUsers(RegistryUserQuery q) {
    Predicate<Member> match = m -> (q.getId() == null || q.getId().equals(m.userId()))
        && (q.getIds() == null || Arrays.asList(q.getIds()).contains(m.userId()))
        && (q.getGroupId() == null || m.groupIds().contains(q.getGroupId()))
        && q.getTenantId() == null && q.getEmail() == null && q.getEmailLike() == null;
    return directory().members().values().stream().filter(match).map(RegistryIdentityProvider::user).toList();
  }

  List<Group> findGroups(RegistryGroupQuery q) {
    Directory directory = directory();
    Member member = q.getUserId() == null ? null : directory.members().get(q.getUserId());
    Predicate<Group> match = g -> (q.getId() == null || q.getId().equals(g.getId()))
        && (q.getIds() == null || Arrays.asList(q.getIds()).contains(g.getId()))
        && (q.getUserId() == null || (member != null && member.groupIds().contains(g.getId())))
        && (q.getName() == null || q.getName().equals(g.getName()))
        && q.getTenantId() == null;
    return directory.groups().values().stream().filter(match).toList();
  }

  @Override
  public User findUserById(String userId) {
    Member member = directory().members().get(userId);
    return member == null ? null : user(member);
  }

  @Override
  public UserQuery createUserQuery() {
    return new RegistryUserQuery(this);
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new RegistryUserQuery(this);
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new UnsupportedOperationException("Native user queries are not supported by the registry identity provider");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return false;
  }

  @Override
  public Group findGroupById(String groupId) {
    return directory().groups().get(groupId);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new RegistryGroupQuery(this);
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new RegistryGroupQuery(this);
  }

  @Override
  public Tenant findTenantById(String id) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery();
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  static class RegistryUserQuery extends UserQueryImpl {
    private final transient RegistryIdentityProvider provider;

    RegistryUserQuery(RegistryIdentityProvider provider) {
      this.provider = provider;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return provider.findUsers(this).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      return page(provider.findUsers(this), page);
    }
  }

  static class RegistryGroupQuery extends GroupQueryImpl {
    private final transient RegistryIdentityProvider provider;

    RegistryGroupQuery(RegistryIdentityProvider provider) {
      this.provider = provider;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return provider.findGroups(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return page(provider.findGroups(this), page);
    }
  }

  /** The programme has no tenants. */
  static class NoTenantQuery extends TenantQueryImpl {
    @Override
    public long executeCount(CommandContext commandContext) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return List.of();
    }
  }
}
