import { describe, expect, it } from 'vitest'
import type { CurrentUser, Role } from '@/api'
import { setSession } from '@/auth/session'
import { router } from './index'

const user = (...roles: Role[]): CurrentUser => ({
  id: 1,
  username: 'u',
  displayName: '用户',
  orgId: 1,
  orgName: '单位',
  orgType: 'ZONE',
  roles,
})

describe('route guard', () => {
  it('shows 无权访问 to a zone operator opening the registry administration', async () => {
    setSession(user('ZONE_OPERATOR'))
    await router.push('/admin/orgs')
    expect(router.currentRoute.value.path).toBe('/403')
    expect(router.currentRoute.value.query.from).toBe('/admin/orgs')
    await router.push('/admin/users')
    expect(router.currentRoute.value.path).toBe('/403')
  })

  it('lets the system administrator in', async () => {
    setSession(user('SYSTEM_ADMIN'))
    await router.push('/admin/users')
    expect(router.currentRoute.value.path).toBe('/admin/users')
    expect(router.currentRoute.value.meta.menu).toBe('/admin/users')
  })

  it('refuses the other admin roles as well (三员分立)', async () => {
    setSession(user('SECURITY_ADMIN'))
    await router.push('/admin/orgs')
    expect(router.currentRoute.value.path).toBe('/403')
  })
})
