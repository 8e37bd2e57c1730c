import { describe, expect, it } from 'vitest'
import type { CurrentUser, IndustryDiscipline } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { canStartFiling, filingLink, groupByIndustry, prefillSubjectId, reasonTagType, termProblem } from './suggestions'

const m = messages.matchmaking

const user = (roles: CurrentUser['roles'], orgId: number): CurrentUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  orgId,
  orgName: '某机构',
  orgType: 'ZONE',
  roles,
})

describe('filing link and its pre-filled subject', () => {
  it('round-trips a subject through the wizard address', () => {
    expect(filingLink(42)).toBe('/filings/new?universityId=42')
    expect(prefillSubjectId('42', [{ id: 7 }, { id: 42 }])).toBe(42)
    expect(prefillSubjectId(['42', '7'], [{ id: 42 }])).toBe(42)
  })

  it('ignores ids that are not offered or not ids at all', () => {
    expect(prefillSubjectId('43', [{ id: 42 }])).toBeNull()
    expect(prefillSubjectId(undefined, [{ id: 42 }])).toBeNull()
    expect(prefillSubjectId('4x', [{ id: 4 }])).toBeNull()
    expect(prefillSubjectId('-4', [{ id: -4 }])).toBeNull()
    expect(prefillSubjectId('0', [{ id: 0 }])).toBeNull()
  })
})

describe('who starts a filing from a suggestion', () => {
  it('is the zone operator of that zone only', () => {
    expect(canStartFiling(user(['ZONE_OPERATOR'], 5), 5)).toBe(true)
    expect(canStartFiling(user(['ZONE_OPERATOR'], 5), 6)).toBe(false)
    expect(canStartFiling(user(['PROVINCE_ST_REVIEWER'], 5), 5)).toBe(false)
    expect(canStartFiling(null, 5)).toBe(false)
  })
})

describe('reason tags', () => {
  it('colour the load penalty as a warning and fits as success', () => {
    expect(reasonTagType('FIT')).toBe('success')
    expect(reasonTagType('LOAD')).toBe('warning')
    expect(reasonTagType('NEIGHBOUR_CITY')).toBe('info')
  })
})

describe('the industry → discipline mapping', () => {
  const row = (id: number, industry: string, discipline: string): IndustryDiscipline => ({
    id,
    industry,
    discipline,
    createdAt: '2026-11-22T10:00:00',
  })

  it('groups rows by industry keeping the order', () => {
    const groups = groupByIndustry([row(1, '新材料', '化学'), row(2, '新材料', '材料科学'), row(3, '智能装备', '机械工程')])
    expect(groups.map((g) => g.industry)).toEqual(['新材料', '智能装备'])
    expect(groups[0].rows.map((r) => r.discipline)).toEqual(['化学', '材料科学'])
  })

  it('checks a term like the server does', () => {
    expect(termProblem(' 新材料 ', m.industryRequired)).toBe('')
    expect(termProblem('  ', m.industryRequired)).toBe(m.industryRequired)
    expect(termProblem('新材料、化工', m.industryRequired)).toBe(m.oneTerm)
    expect(termProblem('甲'.repeat(33), m.industryRequired)).toBe(m.termTooLong)
  })
})
