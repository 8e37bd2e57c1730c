import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'element-plus'
import { emptyForm } from './form'
import {
  checkTags,
  filingRules,
  isBudget,
  isEmail,
  isEndAfterStart,
  isMobile,
  isTalentCount,
  platformRules,
  projectRules,
} from './rules'

/** Runs the custom validators of one field and returns the first error message ('' when valid). */
function validate(rules: FormItemRule[], value: unknown): string {
  let message = ''
  for (const rule of rules) {
    rule.validator?.(rule, value, (error?: string | Error) => {
      if (error && !message) message = error instanceof Error ? error.message : error
    }, {}, {})
  }
  return message
}

describe('isMobile', () => {
  it.each(['13800000000', '19912345678', '15000000001'])('accepts %s', (phone) => {
    expect(isMobile(phone)).toBe(true)
  })
  it.each(['12800000000', '1380000000', '138000000000', '2380000000a', '138-0000-000', ''])('rejects %s', (phone) => {
    expect(isMobile(phone)).toBe(false)
  })
})

describe('isEmail', () => {
  it.each(['a@b.cn', 'zhang.san@sdu.edu.cn', 'x+y@mail.example.com'])('accepts %s', (email) => {
    expect(isEmail(email)).toBe(true)
  })
  it.each(['a@b', 'a.b.cn', '@b.cn', 'a b@c.cn', 'a@b..cn', ''])('rejects %s', (email) => {
    expect(isEmail(email)).toBe(false)
  })
})

describe('isEndAfterStart', () => {
  it('needs the end strictly after the start', () => {
    expect(isEndAfterStart('2026-12-01', '2028-12-31')).toBe(true)
    expect(isEndAfterStart('2026-12-01', '2026-12-02')).toBe(true)
    expect(isEndAfterStart('2026-12-01', '2026-12-01')).toBe(false)
    expect(isEndAfterStart('2027-01-01', '2026-12-31')).toBe(false)
  })
  it('is false while a date is missing', () => {
    expect(isEndAfterStart('', '2026-12-31')).toBe(false)
    expect(isEndAfterStart('2026-12-01', '')).toBe(false)
  })
})

describe('filingRules', () => {
  it('marks every field of the form as required, with Chinese messages', () => {
    const rules = filingRules(emptyForm(), { needsZone: true })
    const required = [
      'zoneId',
      'universityId',
      'zoneIndustries',
      'subjectDisciplines',
      'keyTasks',
      'mechanismDecision',
      'mechanismProject',
      'mechanismTalent',
      'mechanismBenefit',
      'targets2026',
      'targets2028',
      'startDate',
      'endDate',
      'zoneContact.name',
      'zoneContact.phone',
      'zoneContact.email',
      'universityContact.name',
      'universityContact.phone',
      'universityContact.email',
    ]
    const talent = ['talent.vicePresidents', 'talent.industryProfessors', 'talent.secondments', 'talent.twoWayPostings']
    expect(Object.keys(rules).sort()).toEqual([...required, ...talent].sort())
    for (const field of required) {
      const rule = (rules[field] as FormItemRule[]).find((item) => item.required)
      expect(rule?.message, field).toMatch(/^请/)
    }
    expect((rules.mechanismTalent as FormItemRule[])[0].message).toBe('请填写人才共用机制')
    expect((rules.targets2028 as FormItemRule[])[0].message).toBe('请填写2028年底目标')
  })

  it('asks a zone operator for no zone (it files for its own)', () => {
    expect(filingRules(emptyForm(), { needsZone: false }).zoneId).toBeUndefined()
  })

  it('limits the long texts to 2000 characters', () => {
    const rules = filingRules(emptyForm())
    const max = (rules.mechanismDecision as FormItemRule[]).find((rule) => rule.max)
    expect(max?.max).toBe(2000)
    expect(max?.message).toBe('不能超过2000个字')
  })

  it('checks the industry tags and the talent counts', () => {
    const rules = filingRules(emptyForm())
    expect(validate(rules.zoneIndustries as FormItemRule[], ['新材料', '生物医药'])).toBe('')
    expect(validate(rules.zoneIndustries as FormItemRule[], ['新材料;生物医药'])).toBe('每项不能包含分号')
    expect(validate(rules['talent.secondments'] as FormItemRule[], 10001)).toBe('应为0–10000的整数')
    expect(validate(rules['talent.secondments'] as FormItemRule[], 3)).toBe('')
  })

  it('checks the format of both contacts', () => {
    const rules = filingRules(emptyForm())
    for (const prefix of ['zoneContact', 'universityContact']) {
      expect(validate(rules[`${prefix}.phone`] as FormItemRule[], '1380000000')).toBe('手机号格式不正确')
      expect(validate(rules[`${prefix}.phone`] as FormItemRule[], '13800000000')).toBe('')
      expect(validate(rules[`${prefix}.email`] as FormItemRule[], 'zhangsan@')).toBe('邮箱格式不正确')
      expect(validate(rules[`${prefix}.email`] as FormItemRule[], 'zhangsan@sdu.edu.cn')).toBe('')
    }
  })

  it('compares the end date with the current start date of the form', () => {
    const form = emptyForm()
    const endRules = filingRules(form).endDate as FormItemRule[]
    expect(validate(endRules, '2026-01-01')).toBe('')
    form.startDate = '2026-12-01'
    expect(validate(endRules, '2026-11-30')).toBe('结束日期须晚于开始日期')
    expect(validate(endRules, '2026-12-01')).toBe('结束日期须晚于开始日期')
    expect(validate(endRules, '2028-12-31')).toBe('')
  })
})

describe('checkTags', () => {
  it('allows up to 20 tags of up to 32 characters without semicolons', () => {
    expect(checkTags([])).toBe('')
    expect(checkTags(Array.from({ length: 20 }, (_, i) => `产业${i}`))).toBe('')
    expect(checkTags(Array.from({ length: 21 }, (_, i) => `产业${i}`))).toBe('最多填写20项')
    expect(checkTags(['字'.repeat(32)])).toBe('')
    expect(checkTags(['字'.repeat(33)])).toBe('每项不能超过32个字')
    expect(checkTags(['数学；物理'])).toBe('每项不能包含分号')
  })
})

describe('isBudget and isTalentCount', () => {
  it('takes budgets from 0 with two decimals, or none', () => {
    for (const ok of [null, undefined, 0, 12.5, 300.25, 999999999999.99]) expect(isBudget(ok), String(ok)).toBe(true)
    for (const bad of [-0.01, 1.005, 1e13, Number.NaN]) expect(isBudget(bad), String(bad)).toBe(false)
  })
  it('takes whole head counts 0–10000', () => {
    for (const ok of [null, 0, 1, 10000]) expect(isTalentCount(ok)).toBe(true)
    for (const bad of [-1, 1.5, 10001]) expect(isTalentCount(bad)).toBe(false)
  })
})

describe('row rules', () => {
  it('needs a project name and a valid budget', () => {
    expect(projectRules.name.find((rule) => rule.required)?.message).toBe('请填写项目名称')
    expect(validate(projectRules.budgetWan, -1)).toBe('预算应为不小于0的金额，最多2位小数')
    expect(validate(projectRules.budgetWan, null)).toBe('')
  })
  it('needs a platform type and name', () => {
    expect(platformRules.type.find((rule) => rule.required)?.message).toBe('请选择平台类型')
    expect(platformRules.name.find((rule) => rule.required)?.message).toBe('请填写平台名称')
    expect(platformRules.note.find((rule) => rule.max)?.max).toBe(500)
  })
})
