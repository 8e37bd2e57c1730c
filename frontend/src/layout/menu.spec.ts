import { describe, expect, it } from 'vitest'
import type { CurrentUser, Role } from '@/api'
import { ADMIN_PAGE_ROLES, canAccess, homePath, MONITORING_ROLES } from '@/auth/roles'
import { menuFor } from './menu'

const user = (...roles: Role[]): CurrentUser => ({
  id: 1,
  username: 'u',
  displayName: '用户',
  orgId: 1,
  orgName: '单位',
  orgType: 'ZONE',
  roles,
})

const titles = (...roles: Role[]) => menuFor(user(...roles)).map((item) => item.title)

describe('menuFor', () => {
  it('gives zone, university and unit operators their filings, the new-filing entry, tasks and messages', () => {
    expect(titles('ZONE_OPERATOR')).toEqual(['我的备案', '新建备案', '待办', '年度成效报告', '结对推荐', '消息中心'])
    expect(titles('UNIVERSITY_OPERATOR')).toEqual(['我的备案', '新建备案', '待办', '年度成效报告', '消息中心'])
    expect(titles('UNIT_OPERATOR')).toEqual(['我的备案', '新建备案', '待办', '年度成效报告', '消息中心'])
  })
  it('gives reviewers their tasks, the filing query, the monitoring dashboard and the matchmaking', () => {
    for (const role of ['CITY_REVIEWER', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER'] as const) {
      expect(titles(role)).toEqual(['待办', '备案查询', '年度成效报告', '监测分析', '结对推荐', '消息中心'])
    }
  })
  it('keeps the monitoring dashboard from operators and administrators', () => {
    for (const role of ['ZONE_OPERATOR', 'UNIVERSITY_OPERATOR', 'UNIT_OPERATOR', 'SYSTEM_ADMIN', 'AUDIT_ADMIN'] as const) {
      expect(titles(role)).not.toContain('监测分析')
      expect(canAccess(user(role), MONITORING_ROLES)).toBe(false)
    }
    expect(canAccess(user('PROVINCE_MONITOR'), MONITORING_ROLES)).toBe(true)
  })
  it('gives the monitor the query, the dashboard and messages, and the system admin the registry pages and the engine link', () => {
    expect(titles('PROVINCE_MONITOR')).toEqual(['备案查询', '年度成效报告', '监测分析', '结对推荐', '消息中心'])
    expect(menuFor(user('SYSTEM_ADMIN'))).toMatchObject([
      { title: '机构管理', path: '/admin/orgs' },
      { title: '用户管理', path: '/admin/users' },
      { title: '产业学科对应', path: '/admin/industry-mapping' },
      { title: '流程引擎', path: '/camunda/app/cockpit/', external: true },
    ])
  })
  it('shows the registry pages to no other role', () => {
    for (const role of ['SECURITY_ADMIN', 'AUDIT_ADMIN', 'PROVINCE_MONITOR', 'ZONE_OPERATOR', 'CITY_REVIEWER'] as const) {
      expect(titles(role)).not.toContain('机构管理')
      expect(titles(role)).not.toContain('用户管理')
    }
  })
  it('lists a path once when roles overlap', () => {
    expect(titles('ZONE_OPERATOR', 'PROVINCE_MONITOR')).toEqual([
      '我的备案',
      '新建备案',
      '待办',
      '年度成效报告',
      '监测分析',
      '结对推荐',
      '消息中心',
    ])
  })
  it('gives 角色管理 and 安全设置 to the security administrator alone', () => {
    expect(titles('SECURITY_ADMIN')).toEqual(['角色管理', '安全设置'])
    for (const role of ['SYSTEM_ADMIN', 'AUDIT_ADMIN', 'ZONE_OPERATOR', 'PROVINCE_MONITOR'] as const) {
      expect(titles(role)).not.toContain('角色管理')
      expect(titles(role)).not.toContain('安全设置')
    }
  })
  it('keeps the annual reports from the administrators', () => {
    for (const role of ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'] as const) {
      expect(titles(role)).not.toContain('年度成效报告')
    }
  })
  it('shows nothing without a session', () => {
    expect(menuFor(null)).toEqual([])
  })
})

describe('homePath', () => {
  it('sends reviewers to their tasks, filers and monitors to the list, others to the workbench', () => {
    expect(homePath(user('CITY_REVIEWER'))).toBe('/tasks')
    expect(homePath(user('ZONE_OPERATOR'))).toBe('/filings')
    expect(homePath(user('PROVINCE_MONITOR'))).toBe('/filings')
    expect(homePath(user('SECURITY_ADMIN'))).toBe('/home')
  })
})

describe('canAccess', () => {
  it('lets any logged-in user open unrestricted pages and only the listed roles the others', () => {
    expect(canAccess(user('ZONE_OPERATOR'), undefined)).toBe(true)
    expect(canAccess(user('SYSTEM_ADMIN'), ADMIN_PAGE_ROLES)).toBe(true)
    expect(canAccess(user('ZONE_OPERATOR'), ADMIN_PAGE_ROLES)).toBe(false)
    expect(canAccess(user('SECURITY_ADMIN'), ADMIN_PAGE_ROLES)).toBe(false)
    expect(canAccess(null, undefined)).toBe(false)
  })
})
