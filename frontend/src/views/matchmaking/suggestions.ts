// Logic of the matchmaking pages (结对推荐, the wizard's suggestions, the admin's mapping), kept out of the views.
import type { CurrentUser, IndustryDiscipline, ReasonKind } from '@/api'
import { messages } from '@/i18n/zh-CN'

const m = messages.matchmaking

/** The filing wizard with the university-side subject chosen (a zone operator opens it). */
export function filingLink(subjectId: number): string {
  return `/filings/new?universityId=${subjectId}`
}

/** The `universityId` of the wizard's address when it names one of the subjects offered; otherwise null. */
export function prefillSubjectId(raw: unknown, subjects: readonly { id: number }[]): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string' || !/^[1-9]\d{0,15}$/.test(value)) return null
  const id = Number(value)
  return subjects.some((s) => s.id === id) ? id : null
}

/** Only the zone's own operator can start its filing; reviewers pass the link on. */
export function canStartFiling(user: CurrentUser | null, zoneId: number): boolean {
  return !!user && user.roles.includes('ZONE_OPERATOR') && user.orgId === zoneId
}

const TAG_TYPES: Record<ReasonKind, 'success' | 'primary' | 'info' | 'warning'> = {
  FIT: 'success',
  SAME_CITY: 'primary',
  NEIGHBOUR_CITY: 'info',
  LOAD: 'warning',
}

export function reasonTagType(kind: ReasonKind): 'success' | 'primary' | 'info' | 'warning' {
  return TAG_TYPES[kind]
}

/** The rows of the mapping grouped by industry, in the server's order. */
export function groupByIndustry(rows: readonly IndustryDiscipline[]): { industry: string; rows: IndustryDiscipline[] }[] {
  const groups = new Map<string, IndustryDiscipline[]>()
  for (const row of rows) {
    const group = groups.get(row.industry)
    if (group) group.push(row)
    else groups.set(row.industry, [row])
  }
  return [...groups].map(([industry, list]) => ({ industry, rows: list }))
}

const SEPARATORS = /[;；,，、]/

/** The same checks as the server's: one term, not blank, at most 32 characters; '' when fine. */
export function termProblem(value: string, required: string): string {
  const term = value.trim()
  if (!term) return required
  if (term.length > 32) return m.termTooLong
  if (SEPARATORS.test(term)) return m.oneTerm
  return ''
}
