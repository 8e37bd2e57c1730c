// Client-side checks of the filing form (the server checks the same on save and submit).
import type { FormItemRule, FormRules } from 'element-plus'
import type { FilingForm } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { fill } from '@/utils/format'

const v = messages.validation
const f = messages.filing

const MOBILE_PATTERN = /^1[3-9]\d{9}$/
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
export const TAGS_MAX = 20
export const TAG_LENGTH_MAX = 32
export const TEXT_MAX = 2000
export const TALENT_MAX = 10000
export const BUDGET_MAX = 999_999_999_999.99

export const isMobile = (value: string): boolean => MOBILE_PATTERN.test(value)
export const isEmail = (value: string): boolean => EMAIL_PATTERN.test(value)
/** Dates as `yyyy-MM-dd`; true when both are present and the end is later than the start. */
export const isEndAfterStart = (start: string, end: string): boolean => !!start && !!end && end > start

/** '' when the industry/discipline tags are fine, else why not. */
export function checkTags(tags: string[]): string {
  if (tags.length > TAGS_MAX) return v.tagsTooMany
  if (tags.some((tag) => tag.trim().length > TAG_LENGTH_MAX)) return v.tagTooLong
  if (tags.some((tag) => /[;；]/.test(tag))) return v.tagSemicolon
  return ''
}

/** A budget in 万元: empty, or a number from 0 with at most two decimals. */
export function isBudget(value: number | null | undefined): boolean {
  if (value === null || value === undefined) return true
  return Number.isFinite(value) && value >= 0 && value <= BUDGET_MAX && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
}

/** A head count 0–10000 (empty counts as 0). */
export const isTalentCount = (value: number | null | undefined): boolean =>
  value === null || value === undefined || (Number.isInteger(value) && value >= 0 && value <= TALENT_MAX)

type Validator = NonNullable<FormItemRule['validator']>

const required = (message: string): FormItemRule => ({ required: true, message, trigger: ['blur', 'change'] })
const maxLength = (max: number): FormItemRule => ({ max, message: fill(v.textTooLong, { max }), trigger: ['blur', 'change'] })

const check =
  (test: (value: string) => boolean, message: string): Validator =>
  (_rule, value: string, callback) =>
    !value || test(value) ? callback() : callback(new Error(message))

const validator =
  <T>(test: (value: T) => string): FormItemRule => ({
    validator: (_rule, value: T, callback) => {
      const message = test(value)
      return message ? callback(new Error(message)) : callback()
    },
    trigger: ['blur', 'change'],
  })

const contactRules = (prefix: 'zoneContact' | 'universityContact'): FormRules => ({
  [`${prefix}.name`]: [required(v.nameRequired)],
  [`${prefix}.phone`]: [required(v.phoneRequired), { validator: check(isMobile, v.phoneInvalid), trigger: 'blur' }],
  [`${prefix}.email`]: [required(v.emailRequired), { validator: check(isEmail, v.emailInvalid), trigger: 'blur' }],
})

const tagRules = (requiredMessage: string): FormItemRule[] => [
  { type: 'array', required: true, min: 1, message: requiredMessage, trigger: 'change' },
  validator<string[]>((tags) => checkTags(tags ?? [])),
]

const mechanism = (name: string): FormItemRule[] => [
  required(fill(v.mechanismRequired, { name })),
  maxLength(TEXT_MAX),
]

const talentRule = validator<number | null>((value) => (isTalentCount(value) ? '' : v.talentInvalid))

export interface RuleOptions {
  /** University and unit operators pick the zone; a zone operator's zone is its own. */
  needsZone: boolean
}

/** Element Plus rules for the filing form; the end-date rule reads the start date from `form`. */
export function filingRules(form: FilingForm, options: RuleOptions = { needsZone: false }): FormRules {
  return {
    ...(options.needsZone ? { zoneId: [required(v.zoneRequired)] } : {}),
    universityId: [required(v.subjectRequired)],
    zoneIndustries: tagRules(v.industriesRequired),
    subjectDisciplines: tagRules(v.disciplinesRequired),
    keyTasks: [{ type: 'array', required: true, min: 1, message: v.keyTasksRequired, trigger: 'change' }],
    mechanismDecision: mechanism(f.mechanismDecision),
    mechanismProject: mechanism(f.mechanismProject),
    mechanismTalent: mechanism(f.mechanismTalent),
    mechanismBenefit: mechanism(f.mechanismBenefit),
    'talent.vicePresidents': [talentRule],
    'talent.industryProfessors': [talentRule],
    'talent.secondments': [talentRule],
    'talent.twoWayPostings': [talentRule],
    targets2026: [required(fill(v.targetsRequired, { name: f.targets2026 })), maxLength(TEXT_MAX)],
    targets2028: [required(fill(v.targetsRequired, { name: f.targets2028 })), maxLength(TEXT_MAX)],
    startDate: [required(v.startDateRequired)],
    endDate: [
      required(v.endDateRequired),
      {
        validator: check((end) => !form.startDate || isEndAfterStart(form.startDate, end), v.endAfterStart),
        trigger: 'change',
      },
    ],
    ...contactRules('zoneContact'),
    ...contactRules('universityContact'),
  }
}

/** Rules of one row of the projects table (set on each cell's form item). */
export const projectRules: Record<'name' | 'field' | 'leadEnterprise' | 'budgetWan', FormItemRule[]> = {
  name: [required(v.projectNameRequired), maxLength(100)],
  field: [maxLength(50)],
  leadEnterprise: [maxLength(100)],
  budgetWan: [validator<number | null>((value) => (isBudget(value) ? '' : v.budgetInvalid))],
}

/** Rules of one row of the platforms table. */
export const platformRules: Record<'type' | 'name' | 'note', FormItemRule[]> = {
  type: [required(v.platformTypeRequired)],
  name: [required(v.platformNameRequired), maxLength(100)],
  note: [maxLength(500)],
}
