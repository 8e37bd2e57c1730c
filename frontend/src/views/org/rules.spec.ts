import { describe, expect, it } from 'vitest'
import type { Org } from '@/api'
import {
  cleanList,
  emptyOrgForm,
  importFileProblem,
  importSummary,
  isManagedType,
  listProblem,
  MAX_IMPORT_BYTES,
  orgFormOf,
  orgPayload,
  orgRules,
  templateFallbackName,
  typesOfTab,
} from './rules'

const MB = 1024 * 1024

describe('importFileProblem', () => {
  it('accepts .csv and .xlsx files up to 5 MB, whatever the case of the extension', () => {
    expect(importFileProblem({ name: 'zones.csv', size: 10 })).toBeNull()
    expect(importFileProblem({ name: '高校名单.XLSX', size: MAX_IMPORT_BYTES })).toBeNull()
  })
  it('refuses a file over 5 MB with a Chinese message naming it', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * MB)
    expect(importFileProblem({ name: 'big.csv', size: 5 * MB + 1 })).toBe('文件“big.csv”超过5MB，请拆分后分批导入')
  })
  it('refuses other file types, legacy .xls included', () => {
    for (const name of ['list.xls', 'list.txt', 'csv', 'list.csv.exe']) {
      expect(importFileProblem({ name, size: 1 })).toBe('只能上传 .xlsx 或 .csv 文件')
    }
  })
})

describe('importSummary', () => {
  it('counts totals and rejected rows in one Chinese line', () => {
    expect(
      importSummary({
        total: 3,
        created: 1,
        updated: 1,
        rejected: [{ row: 3, code: 'U9', reason: '所在城市代码“999999”不存在' }],
      }),
    ).toBe('共3行，新增1，更新1，拒绝1')
    expect(importSummary({ total: 0, created: 0, updated: 0, rejected: [] })).toBe('共0行，新增0，更新0，拒绝0')
  })
})

describe('templateFallbackName', () => {
  it('names the template after the type, without the slash of 内设机构/团队', () => {
    expect(templateFallbackName('ZONE')).toBe('高新区导入模板.xlsx')
    expect(templateFallbackName('UNIVERSITY')).toBe('高校导入模板.xlsx')
    expect(templateFallbackName('UNIT')).toBe('内设机构团队导入模板.xlsx')
  })
})

describe('tabs', () => {
  it('lists one type per managed tab and the seeded organisations under 审核机构', () => {
    expect(typesOfTab('ZONE')).toEqual(['ZONE'])
    expect(typesOfTab('REVIEW')).toEqual(['CITY_BUREAU', 'PROVINCE_ST', 'PROVINCE_EDU', 'PLATFORM'])
    expect(isManagedType('UNIT')).toBe(true)
    expect(isManagedType('CITY_BUREAU')).toBe(false)
  })
})

describe('industries and disciplines', () => {
  it('drops blanks and duplicates and trims', () => {
    expect(cleanList([' 生物医药 ', '', '生物医药', '新材料', '  '])).toEqual(['生物医药', '新材料'])
  })
  it('applies the server limits: 20 items, 32 characters, no semicolons', () => {
    expect(listProblem(['新材料'], '主导产业')).toBeNull()
    expect(listProblem(Array.from({ length: 21 }, (_, i) => `产业${i}`), '主导产业')).toBe('主导产业最多20项')
    expect(listProblem(Array.from({ length: 21 }, () => '同一项'), '主导产业')).toBeNull()
    expect(listProblem(['a'.repeat(33)], '优势学科')).toBe('优势学科的每一项不能超过32个字符')
    expect(listProblem(['数学；物理'], '优势学科')).toBe('优势学科的每一项不能包含分号')
    expect(listProblem(['数学;物理'], '优势学科')).toBe('优势学科的每一项不能包含分号')
  })
})

describe('orgPayload', () => {
  it('sends a zone with level, city and industries only, code upper-case', () => {
    const form = {
      ...emptyOrgForm('ZONE'),
      code: ' gx-e2e ',
      name: ' 测试高新区 ',
      cityCode: '370100',
      level: 'NATIONAL' as const,
      parentId: 5,
      industries: ['人工智能', ' 人工智能 '],
      disciplines: ['数学'],
    }
    expect(orgPayload(form)).toEqual({
      type: 'ZONE',
      code: 'GX-E2E',
      name: '测试高新区',
      cityCode: '370100',
      level: 'NATIONAL',
      parentId: null,
      industries: ['人工智能'],
      disciplines: [],
    })
  })
  it('sends a unit with its parent and without city or level', () => {
    const form = { ...emptyOrgForm('UNIT'), code: 'u1-01', name: '学院', cityCode: '370100', level: 'PROVINCIAL' as const, parentId: 7, disciplines: ['数学'] }
    expect(orgPayload(form)).toMatchObject({ cityCode: null, level: null, parentId: 7, industries: [], disciplines: ['数学'] })
  })
  it('fills the edit form from an organisation without sharing its lists', () => {
    const org = { id: 1, type: 'UNIVERSITY', code: 'U1', name: '大学', cityCode: '370100', level: null, parentId: null, industries: [], disciplines: ['数学'] } as unknown as Org & { type: 'UNIVERSITY' }
    const form = orgFormOf(org)
    form.disciplines.push('物理')
    expect(org.disciplines).toEqual(['数学'])
  })
})

describe('orgRules', () => {
  it('asks each type for its own fields', () => {
    expect(Object.keys(orgRules('ZONE')).sort()).toEqual(['cityCode', 'code', 'industries', 'level', 'name'])
    expect(Object.keys(orgRules('UNIVERSITY')).sort()).toEqual(['cityCode', 'code', 'disciplines', 'name'])
    expect(Object.keys(orgRules('UNIT')).sort()).toEqual(['code', 'disciplines', 'name', 'parentId'])
  })
  it('checks the code pattern and the name length', async () => {
    const rules = orgRules('ZONE')
    const run = (field: 'code' | 'name', value: string) =>
      new Promise<string | null>((resolve) => {
        const rule = (rules[field] as { validator?: Function }[]).find((r) => r.validator)!
        rule.validator!(rule, value, (error?: Error) => resolve(error ? error.message : null))
      })
    expect(await run('code', 'GX-01_a')).toBeNull()
    expect(await run('code', 'G')).toBe('机构代码只能由字母、数字、短横线或下划线组成，长度为2–32位')
    expect(await run('code', '高新区')).toBe('机构代码只能由字母、数字、短横线或下划线组成，长度为2–32位')
    expect(await run('name', ' 区 ')).toBe('机构名称长度应为2–128个字符')
    expect(await run('name', '济南高新区')).toBeNull()
  })
})
