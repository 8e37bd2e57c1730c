import type { CurrentUser, Role } from '@/api'
import { messages } from '@/i18n/zh-CN'

/** Roles that file pairings for their own organisation. */
export const OPERATOR_ROLES: Role[] = ['ZONE_OPERATOR', 'UNIVERSITY_OPERATOR', 'UNIT_OPERATOR']
/** Roles that handle review tasks. */
export const REVIEWER_ROLES: Role[] = ['CITY_REVIEWER', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER']
/** Roles that may open filing lists and details (the server decides which filings). */
export const FILING_READER_ROLES: Role[] = [...OPERATOR_ROLES, ...REVIEWER_ROLES, 'PROVINCE_MONITOR']

export function hasAnyRole(user: CurrentUser | null, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role))
}

/** Roles that open the monitoring dashboard (监测分析): the province all, a city bureau its own city. */
export const MONITORING_ROLES: Role[] = ['PROVINCE_MONITOR', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER', 'CITY_REVIEWER']
/** Of those, the ones that see the whole province and may pick a city. */
export const PROVINCE_ROLES: Role[] = ['PROVINCE_MONITOR', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER']

/** Roles of the registry administration (机构管理, 用户管理). */
export const ADMIN_PAGE_ROLES: Role[] = ['SYSTEM_ADMIN']

/** Whether the user may open a page restricted to `roles` (no restriction: any logged-in user). */
export function canAccess(user: CurrentUser | null, roles: readonly Role[] | undefined): boolean {
  return !!user && (!roles || hasAnyRole(user, roles))
}

/** The page a user lands on after login or on `/`. */
export function homePath(user: CurrentUser | null): string {
  if (hasAnyRole(user, REVIEWER_ROLES)) return '/tasks'
  if (hasAnyRole(user, FILING_READER_ROLES)) return '/filings'
  return '/home'
}

/** The user's roles in words, e.g. `高新区经办人`. */
export function roleLabels(user: CurrentUser | null): string {
  return user ? user.roles.map((role) => messages.roles[role]).join('、') : ''
}

// ——— Full review process (flowui) ———

/** Roles that get process tasks: operators (confirmation, consent, revision) and reviewers. */
export const TASK_ROLES: Role[] = [...OPERATOR_ROLES, ...REVIEWER_ROLES]

/** Roles that see 结对推荐: zones their own zone, cities their zones, the province all (the server decides). */
export const MATCHMAKING_ROLES: Role[] = ['ZONE_OPERATOR', 'CITY_REVIEWER', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER', 'PROVINCE_MONITOR']
