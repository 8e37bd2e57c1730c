import type { Component } from 'vue'
import { Bell, Document, EditPen, Monitor, Search } from '@element-plus/icons-vue'
import type { CurrentUser, Role } from '@/api'
import { hasAnyRole, OPERATOR_ROLES, REVIEWER_ROLES } from '@/auth/roles'
import { messages } from '@/i18n/zh-CN'

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
  { path: '/tasks', title: messages.menu.tasks, icon: Bell, roles: REVIEWER_ROLES },
  { path: '/filings', title: messages.menu.filingQuery, icon: Search, roles: [...REVIEWER_ROLES, 'PROVINCE_MONITOR'] },
  { path: '/camunda/app/cockpit/', title: messages.menu.engine, icon: Monitor, roles: ['SYSTEM_ADMIN'], external: true },
]

/** The menu of a user: entries of any of their roles, one per path (an operator's title wins). */
export function menuFor(user: CurrentUser | null): MenuItem[] {
  const items = new Map<string, MenuItem>()
  for (const { roles, ...item } of MENU) {
    if (hasAnyRole(user, roles) && !items.has(item.path)) items.set(item.path, item)
  }
  return [...items.values()]
}
