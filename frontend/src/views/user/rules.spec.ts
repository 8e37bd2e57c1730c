import { describe, expect, it } from 'vitest'
import type { RoleInfo } from '@/api'
import { passwordProblem, passwordRules, rolesForOrgType, rolesProblem, userRules } from './rules'

/** As GET /api/admin/roles answers. */
const ROLES: RoleInfo[] = [
  { code: 'ZONE_OPERATOR', label: '高新区经办人', orgTypes: ['ZONE'], orgTypeLabels: ['高新区'] },
  { code: 'UNIVERSITY_OPERATOR', label: '高校经办人', orgTypes: ['UNIVERSITY'], orgTypeLabels: ['高校'] },
  { code: 'UNIT_OPERATOR', label: '内设机构/团队经办人', orgTypes: ['UNIT'], orgTypeLabels: ['内设机构/团队'] },
  { code: 'CITY_REVIEWER', label: '市科技局初审', orgTypes: ['CITY_BUREAU'], orgTypeLabels: ['市科技局'] },
  { code: 'PROVINCE_ST_REVIEWER', label: '省科技厅审核', orgTypes: ['PROVINCE_ST'], orgTypeLabels: ['省科技厅'] },
  { code: 'PROVINCE_EDU_REVIEWER', label: '省教育厅会审', orgTypes: ['PROVINCE_EDU'], orgTypeLabels: ['省教育厅'] },
  { code: 'PROVINCE_MONITOR', label: '省级监测', orgTypes: ['PROVINCE_ST', 'PROVINCE_EDU'], orgTypeLabels: ['省科技厅', '省教育厅'] },
  { code: 'SYSTEM_ADMIN', label: '系统管理员', orgTypes: ['PLATFORM'], orgTypeLabels: ['平台运维'] },
  { code: 'SECURITY_ADMIN', label: '安全管理员', orgTypes: ['PLATFORM'], orgTypeLabels: ['平台运维'] },
  { code: 'AUDIT_ADMIN', label: '审计管理员', orgTypes: ['PLATFORM'], orgTypeLabels: ['平台运维'] },
]

const codes = (roles: RoleInfo[]) => roles.map((role) => role.code)

describe('rolesForOrgType', () => {
  it('offers only the roles whose organisation types contain the chosen one', () => {
    expect(codes(rolesForOrgType(ROLES, 'UNIVERSITY'))).toEqual(['UNIVERSITY_OPERATOR'])
    expect(codes(rolesForOrgType(ROLES, 'ZONE'))).toEqual(['ZONE_OPERATOR'])
    expect(codes(rolesForOrgType(ROLES, 'PROVINCE_ST'))).toEqual(['PROVINCE_ST_REVIEWER', 'PROVINCE_MONITOR'])
    expect(codes(rolesForOrgType(ROLES, 'PROVINCE_EDU'))).toEqual(['PROVINCE_EDU_REVIEWER', 'PROVINCE_MONITOR'])
    expect(codes(rolesForOrgType(ROLES, 'PLATFORM'))).toEqual(['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'])
  })
  it('offers nothing before an organisation is chosen', () => {
    expect(rolesForOrgType(ROLES, null)).toEqual([])
    expect(rolesForOrgType(ROLES, undefined)).toEqual([])
  })
})

describe('rolesProblem', () => {
  it('keeps the three admin roles apart (三员分立)', () => {
    expect(rolesProblem([])).toBeNull() // an account may be left without roles
    expect(rolesProblem(['PROVINCE_ST_REVIEWER', 'PROVINCE_MONITOR'])).toBeNull()
    expect(rolesProblem(['SECURITY_ADMIN'])).toBeNull()
    expect(rolesProblem(['SYSTEM_ADMIN', 'AUDIT_ADMIN'])).toMatch(/三员分立/)
  })
})

describe('passwordProblem', () => {
  it('accepts the demo password policy', () => {
    expect(passwordProblem('Demo@2026!', 'sysadmin')).toBeNull()
    expect(passwordProblem('abcdef12!', '')).toBeNull() // lower, digit, symbol
  })
  it('says in Chinese what is wrong, like the server', () => {
    expect(passwordProblem('')).toBe('请输入密码')
    expect(passwordProblem('Ab1!')).toBe('密码至少8位')
    expect(passwordProblem(`Aa1!${'x'.repeat(61)}`)).toBe('密码不能超过64位')
    expect(passwordProblem('Abcd 123!')).toBe('密码只能包含英文字母、数字和英文符号，不能包含空格或中文')
    expect(passwordProblem('Abcd1234密')).toBe('密码只能包含英文字母、数字和英文符号，不能包含空格或中文')
    expect(passwordProblem('abcdefgh1')).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三类')
    expect(passwordProblem('Zhang.San2026', 'zhang.san')).toBe('密码不能包含用户名')
  })
})

describe('form rules', () => {
  const validate = (rules: Record<string, unknown>, field: string, value: unknown) =>
    new Promise<string | null>((resolve) => {
      const rule = (rules[field] as { validator?: Function }[]).find((r) => r.validator)!
      rule.validator!(rule, value, (error?: Error) => resolve(error ? error.message : null))
    })

  it('asks for username and password only when creating', () => {
    expect(Object.keys(userRules({ username: '' }, true)).sort()).toEqual(['displayName', 'orgId', 'password', 'username'])
    expect(Object.keys(userRules({ username: '' }, false)).sort()).toEqual(['displayName', 'orgId'])
  })
  it('checks the username pattern and the password against the username being typed', async () => {
    const form = { username: 'li_lei' }
    const rules = userRules(form, true)
    expect(await validate(rules, 'username', 'Li')).toMatch(/小写字母开头/)
    expect(await validate(rules, 'username', 'li_lei')).toBeNull()
    expect(await validate(rules, 'password', 'Li_Lei#2026')).toBe('密码不能包含用户名')
    form.username = 'han_mei'
    expect(await validate(rules, 'password', 'Li_Lei#2026')).toBeNull()
  })
  it('wants the same new password twice when resetting', async () => {
    const form = { password: 'Reset#2026', confirm: '' }
    const rules = passwordRules(form, 'sysadmin')
    expect(await validate(rules, 'confirm', 'Other#2026')).toBe('两次输入的密码不一致')
    expect(await validate(rules, 'confirm', 'Reset#2026')).toBeNull()
  })
})
