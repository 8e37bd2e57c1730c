import type { Component } from 'vue'
import { Bell, ChatDotRound, Connection, DataAnalysis, Document, EditPen, Guide, Histogram, Key, Lock, Monitor, OfficeBuilding, Search, Tickets, User } from '@element-plus/icons-vue'
import type { CurrentUser, Role } from '@/api'
import { ADMIN_PAGE_ROLES, FILING_READER_ROLES, hasAnyRole, MATCHMAKING_ROLES, MONITORING_ROLES, OPERATOR_ROLES, REVIEWER_ROLES, TASK_ROLES } from '@/auth/roles'
import { messages } from '@/i18n/zh-CN'

/** Everybody who takes part in filings has a message centre (the bell is in every header). */
export const FLOW_USER_ROLES: Role[] = [...TASK_ROLES, 'PROVINCE_MONITOR']

export interface MenuItem {
  path: string
  title: string
  icon: Component
  /** Opens outside the single-page app, in a new tab. */
  external?: boolean
}

const MENU: (MenuItem & { roles: Role[] })[] = [
  { path: '/filings', title: messages.menu.myFilings, icon: Document, roles: OPERATOR_ROLES },
  { path: '/filings/new', title: messages.menu.newFiling, icon: EditPen, roles: OPERATOR_ROLES },
  // Operators get tasks too (confirmation, consent, revision).
  { path: '/tasks', title: messages.menu.tasks, icon: Bell, roles: TASK_ROLES },
  { path: '/filings', title: messages.menu.filingQuery, icon: Search, roles: [...REVIEWER_ROLES, 'PROVINCE_MONITOR'] },
  { path: '/annual-reports', title: messages.annualReport.menu, icon: Histogram, roles: FILING_READER_ROLES },
  { path: '/monitoring', title: messages.monitoring.menu, icon: DataAnalysis, roles: MONITORING_ROLES },
  { path: '/admin/orgs', title: messages.menu.orgs, icon: OfficeBuilding, roles: ADMIN_PAGE_ROLES },
  { path: '/admin/users', title: messages.menu.users, icon: User, roles: ADMIN_PAGE_ROLES },
  { path: '/matchmaking', title: messages.matchmaking.menu, icon: Guide, roles: MATCHMAKING_ROLES },
  { path: '/admin/industry-mapping', title: messages.matchmaking.mappingMenu, icon: Connection, roles: ADMIN_PAGE_ROLES },
  { path: '/camunda/app/cockpit/', title: messages.menu.engine, icon: Monitor, roles: ['SYSTEM_ADMIN'], external: true },
  { path: '/security/roles', title: messages.menu.roleAdmin, icon: Key, roles: ['SECURITY_ADMIN'] },
  { path: '/security/settings', title: messages.menu.securitySettings, icon: Lock, roles: ['SECURITY_ADMIN'] },
  { path: '/audit', title: messages.security.auditTitle, icon: Tickets, roles: ['AUDIT_ADMIN'] },
  { path: '/notifications', title: messages.flowMenu.notifications, icon: ChatDotRound, roles: FLOW_USER_ROLES },
]

/** The menu of a user: entries of any of their roles, one per path (an operator's title wins). */
export function menuFor(user: CurrentUser | null): MenuItem[] {
  const items = new Map<string, MenuItem>()
  for (const { roles, ...item } of MENU) {
    if (hasAnyRole(user, roles) && !items.has(item.path)) items.set(item.path, item)
  }
  return [...items.values()]
}
