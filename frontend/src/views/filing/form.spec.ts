import { describe, expect, it } from 'vitest'
import type { FilingDetail } from '@/api'
import { emptyForm, filerKind, formFromDetail, prefillTags } from './form'

describe('formFromDetail', () => {
  it('turns the nulls of a draft into empty inputs and keeps the version', () => {
    const detail = {
      zoneId: 3,
      universityId: null,
      keyTasks: ['TRANSFER'],
      startDate: null,
      endDate: '2028-12-31',
      zoneContact: { name: '张三', phone: null, email: null },
      universityContact: null,
      zoneIndustries: ['新材料'],
      subjectDisciplines: [],
      mechanismDecision: null,
      mechanismProject: '共研',
      mechanismTalent: null,
      mechanismBenefit: null,
      projects: [{ name: '项目', field: null, leadEnterprise: null, budgetWan: 12.5 }],
      platforms: [{ type: 'LAB', typeLabel: '实验室', name: '联合实验室', note: null }],
      talent: { vicePresidents: 1, industryProfessors: 0, secondments: 2, twoWayPostings: 0 },
      targets2026: null,
      targets2028: '目标',
      version: 4,
    } as unknown as FilingDetail
    const form = formFromDetail(detail)
    expect(form.startDate).toBe('')
    expect(form.zoneContact).toEqual({ name: '张三', phone: '', email: '' })
    expect(form.universityContact).toEqual({ name: '', phone: '', email: '' })
    expect(form.mechanismDecision).toBe('')
    expect(form.mechanismProject).toBe('共研')
    expect(form.projects).toEqual([{ name: '项目', field: '', leadEnterprise: '', budgetWan: 12.5 }])
    expect(form.platforms).toEqual([{ type: 'LAB', name: '联合实验室', note: '' }])
    expect(form.talent.secondments).toBe(2)
    expect(form.version).toBe(4)
    expect(form.zoneIndustries).not.toBe(detail.zoneIndustries)
  })

  it('starts new forms empty, talent counts at 0', () => {
    const form = emptyForm()
    expect(form.projects).toEqual([])
    expect(form.talent).toEqual({ vicePresidents: 0, industryProfessors: 0, secondments: 0, twoWayPostings: 0 })
    expect(form.version).toBeNull()
  })
})

describe('prefillTags', () => {
  it('takes the new registry list while the user has not written their own', () => {
    expect(prefillTags([], [], ['新材料'])).toEqual(['新材料'])
    expect(prefillTags(['生物医药'], ['生物医药'], ['新材料'])).toEqual(['新材料'])
  })
  it('keeps what the user wrote', () => {
    const own = ['海洋经济']
    expect(prefillTags(own, ['生物医药'], ['新材料'])).toBe(own)
  })
})

describe('filerKind', () => {
  it('follows the organisation type', () => {
    expect(filerKind('ZONE')).toBe('ZONE')
    expect(filerKind('UNIVERSITY')).toBe('UNIVERSITY')
    expect(filerKind('UNIT')).toBe('UNIT')
    expect(filerKind(undefined)).toBe('ZONE')
  })
})
