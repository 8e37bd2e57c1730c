import { describe, expect, it } from 'vitest'
import { FILING_SECTIONS } from '@/api'
import { fieldError, firstErrorStep, rootOf, STEPS, stepOfField, toServerPath } from './steps'

describe('steps', () => {
  it('has the five steps in order, in Chinese', () => {
    expect(STEPS.map((step) => step.title)).toEqual(['结对双方', '合作内容', '项目与平台', '目标与期限', '附件'])
  })

  it('is each one part of the form a reviewer opinion may concern, every part once', () => {
    expect(STEPS.map((step) => step.section)).toEqual([...FILING_SECTIONS])
  })

  it('knows the step of every field the server may name', () => {
    expect(stepOfField('zoneId')).toBe(0)
    expect(stepOfField('universityId')).toBe(0)
    expect(stepOfField('zoneIndustries[3]')).toBe(0)
    expect(stepOfField('subjectDisciplines')).toBe(0)
    expect(stepOfField('keyTasks')).toBe(1)
    expect(stepOfField('mechanismBenefit')).toBe(1)
    expect(stepOfField('projects[2].budgetWan')).toBe(2)
    expect(stepOfField('platforms.0.type')).toBe(2)
    expect(stepOfField('talent.secondments')).toBe(2)
    expect(stepOfField('targets2028')).toBe(3)
    expect(stepOfField('endDate')).toBe(3)
    expect(stepOfField('universityContact.phone')).toBe(3)
    expect(stepOfField('attachments.AGREEMENT')).toBe(4)
    expect(stepOfField('attachments.CONSENT')).toBe(4)
    expect(stepOfField('somethingNew')).toBe(0)
  })

  it('leads to the earliest step with an error', () => {
    expect(firstErrorStep([])).toBeNull()
    expect(firstErrorStep(['attachments.AGREEMENT', 'targets2026', 'projects[0].name'])).toBe(2)
    expect(firstErrorStep(['zoneContact.email', 'mechanismDecision'])).toBe(1)
    expect(firstErrorStep(['attachments.CONSENT'])).toBe(4)
  })

  it('translates between Element Plus and server paths', () => {
    expect(toServerPath('projects.2.budgetWan')).toBe('projects[2].budgetWan')
    expect(toServerPath('zoneIndustries.10')).toBe('zoneIndustries[10]')
    expect(toServerPath('zoneContact.phone')).toBe('zoneContact.phone')
    expect(toServerPath('targets2026')).toBe('targets2026')
    expect(rootOf('projects[2].name')).toBe('projects')
  })

  it('finds the message of a field, or of any element of a list', () => {
    const errors = { 'zoneIndustries[1]': '每项主导产业不能超过32个字', keyTasks: '请至少选择一项重点任务' }
    expect(fieldError(errors, 'keyTasks')).toBe('请至少选择一项重点任务')
    expect(fieldError(errors, 'zoneIndustries')).toBeUndefined()
    expect(fieldError(errors, 'zoneIndustries', true)).toBe('每项主导产业不能超过32个字')
    expect(fieldError(errors, 'zone', true)).toBeUndefined()
  })
})
