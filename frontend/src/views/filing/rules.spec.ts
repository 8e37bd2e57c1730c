import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'element-plus'
import type { FilingForm } from '@/api'
import { filingRules, isEmail, isEndAfterStart, isMobile } from './rules'

const emptyForm = (): FilingForm => ({
  universityId: null,
  keyTasks: [],
  startDate: '',
  endDate: '',
  zoneContact: { name: '', phone: '', email: '' },
  universityContact: { name: '', phone: '', email: '' },
})

/** Runs the custom validators of one field and returns the first error message ('' when valid). */
function validate(rules: FormItemRule[], value: string): string {
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
    const rules = filingRules(emptyForm())
    const fields = [
      'universityId',
      'keyTasks',
      'startDate',
      'endDate',
      'zoneContact.name',
      'zoneContact.phone',
      'zoneContact.email',
      'universityContact.name',
      'universityContact.phone',
      'universityContact.email',
    ]
    expect(Object.keys(rules).sort()).toEqual([...fields].sort())
    for (const field of fields) {
      const required = (rules[field] as FormItemRule[]).find((rule) => rule.required)
      expect(required?.message, field).toMatch(/^请/)
    }
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
