// Pure helpers of the annual report (年度成效报告) pages: the form's text ↔ the API's numbers, the same rules
// the server applies (so the form marks a field before it is sent), the form's sections, state tags.
import type { AnnualReport, AnnualReportForm, ReportStatus } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { fill } from '@/utils/template'

const a = messages.annualReport

/** Whole numbers ≥ 0 (counts of projects, people …). */
export const COUNT_FIELDS = [
  'projectsStarted',
  'projectsFinished',
  'breakthroughs',
  'transfers',
  'scenarios',
  'platformsBuilt',
  'vicePresidents',
  'industryProfessors',
] as const
/** Amounts in 万元 with at most two decimals. */
export const AMOUNT_FIELDS = ['contractValueWan', 'fundingWan'] as const

export type FigureField = (typeof COUNT_FIELDS)[number] | (typeof AMOUNT_FIELDS)[number]
export type ReportField = FigureField | 'narrative'
/** What the inputs hold: text as typed ('' = not filled). */
export type ReportDraft = Record<ReportField, string>
export type ReportErrors = Partial<Record<ReportField, string>>

/** The form's sections, in order: a title and its fields. */
export const SECTIONS: { title: string; fields: FigureField[] }[] = [
  { title: a.section.projects, fields: ['projectsStarted', 'projectsFinished', 'breakthroughs'] },
  { title: a.section.transfer, fields: ['transfers', 'contractValueWan', 'scenarios'] },
  { title: a.section.talent, fields: ['platformsBuilt', 'vicePresidents', 'industryProfessors', 'fundingWan'] },
]

export const MAX_COUNT = 100_000
export const MAX_WAN = 100_000_000
export const MAX_NARRATIVE = 2000

const WHOLE = /^\d+$/
const AMOUNT = /^\d+(\.\d{1,2})?$/

const isAmount = (field: FigureField): boolean => (AMOUNT_FIELDS as readonly string[]).includes(field)
const label = (field: ReportField): string => a.fields[field].replace(/（.*）$/, '')

/** The report's saved values as the inputs show them. */
export function draftOf(report: AnnualReport): ReportDraft {
  const draft = { narrative: report.narrative ?? '' } as ReportDraft
  for (const field of [...COUNT_FIELDS, ...AMOUNT_FIELDS]) {
    const value = report[field]
    draft[field] = value === null || value === undefined ? '' : String(value)
  }
  return draft
}

/** The body of a save or submission: numbers (null for empty); call after {@link reportErrors} found none. */
export function formOf(draft: ReportDraft, version: number | null): AnnualReportForm {
  const form = { narrative: draft.narrative.trim(), version } as AnnualReportForm
  for (const field of [...COUNT_FIELDS, ...AMOUNT_FIELDS]) {
    const text = draft[field].trim()
    form[field] = text === '' ? null : Number(text)
  }
  return form
}

/**
 * The server's rules (ReportRules): formats on every save; every field on a submission (`complete`); finished ≤
 * started; no contract value without a transfer; the narrative's length.
 */
export function reportErrors(draft: ReportDraft, complete: boolean): ReportErrors {
  const errors: ReportErrors = {}
  for (const field of [...COUNT_FIELDS, ...AMOUNT_FIELDS]) {
    const text = draft[field].trim()
    if (text === '') {
      if (complete) errors[field] = fill(a.required, { label: label(field) })
      continue
    }
    const amount = isAmount(field)
    if (!(amount ? AMOUNT : WHOLE).test(text) || Number(text) > (amount ? MAX_WAN : MAX_COUNT)) {
      errors[field] = fill(amount ? a.amount : a.wholeNumber, { label: label(field) })
    }
  }
  const started = draft.projectsStarted.trim()
  const finished = draft.projectsFinished.trim()
  if (!errors.projectsStarted && !errors.projectsFinished && started && finished && Number(finished) > Number(started)) {
    errors.projectsFinished = a.finishedTooMany
  }
  const transfers = draft.transfers.trim()
  const value = draft.contractValueWan.trim()
  if (!errors.transfers && !errors.contractValueWan && transfers === '0' && value && Number(value) > 0) {
    errors.contractValueWan = a.valueWithoutTransfer
  }
  const narrative = draft.narrative.trim()
  if (!narrative && complete) errors.narrative = fill(a.required, { label: label('narrative') })
  else if (narrative.length > MAX_NARRATIVE) errors.narrative = fill(a.narrativeTooLong, { max: MAX_NARRATIVE })
  return errors
}

/** The report a task leads to: the one waiting for the reporter, else the newest. */
export function openReportOf(reports: readonly AnnualReport[]): AnnualReport | undefined {
  return reports.find((r) => r.status === 'DUE' || r.status === 'RETURNED') ?? reports[0]
}

export const STATUS_TAGS: Record<ReportStatus, 'info' | 'warning' | 'primary' | 'danger' | 'success'> = {
  DUE: 'warning',
  SUBMITTED: 'primary',
  RETURNED: 'danger',
  APPROVED: 'success',
  CLOSED: 'info',
}
