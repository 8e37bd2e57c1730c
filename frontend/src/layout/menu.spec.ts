import { describe, expect, it } from 'vitest'
import type { CurrentUser, Role } from '@/api'
import { homePath } from '@/auth/roles'
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
  it('gives zone, university and unit operators their filings and the new-filing entry', () => {
    expect(titles('ZONE_OPERATOR')).toEqual(['我的备案', '新建备案'])
    expect(titles('UNIVERSITY_OPERATOR')).toEqual(['我的备案', '新建备案'])
    expect(titles('UNIT_OPERATOR')).toEqual(['我的备案', '新建备案'])
  })
  it('gives reviewers their tasks and the filing query', () => {
    for (const role of ['CITY_REVIEWER', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER'] as const) {
      expect(titles(role)).toEqual(['待办', '备案查询'])
    }
  })
  it('gives the monitor the query only and the system admin the external engine link', () => {
    expect(titles('PROVINCE_MONITOR')).toEqual(['备案查询'])
    expect(menuFor(user('SYSTEM_ADMIN'))).toMatchObject([
      { title: '流程引擎', path: '/camunda/app/cockpit/', external: true },
    ])
  })
  it('lists a path once when roles overlap', () => {
    expect(titles('ZONE_OPERATOR', 'PROVINCE_MONITOR')).toEqual(['我的备案', '新建备案'])
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
