// Client-side checks of the organisation form and the import dialog (the server checks the same again).
import type { FormItemRule, FormRules } from 'element-plus'
import type { ImportReport, ManagedOrgType, Org, OrgForm, OrgType } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { formatMessage } from '@/utils/format'

const v = messages.orgValidation

/** The tabs of the organisation page and the types each one lists. */
export type OrgTab = ManagedOrgType | 'REVIEW'
export const ORG_TABS: OrgTab[] = ['ZONE', 'UNIVERSITY', 'UNIT', 'REVIEW']
export const REVIEW_ORG_TYPES: OrgType[] = ['CITY_BUREAU', 'PROVINCE_ST', 'PROVINCE_EDU', 'PLATFORM']
export const MANAGED_ORG_TYPES: ManagedOrgType[] = ['ZONE', 'UNIVERSITY', 'UNIT']

export const typesOfTab = (tab: OrgTab): OrgType[] => (tab === 'REVIEW' ? REVIEW_ORG_TYPES : [tab])
export const isManagedType = (type: string): type is ManagedOrgType =>
  (MANAGED_ORG_TYPES as string[]).includes(type)

export const CODE_PATTERN = /^[A-Za-z0-9_-]{2,32}$/
export const NAME_MIN = 2
export const NAME_MAX = 128
export const MAX_LIST_ITEMS = 20
export const MAX_ITEM_LENGTH = 32

/** The list field of a type: zones have 主导产业, universities and units 优势学科. */
export const listFieldOf = (type: ManagedOrgType): 'industries' | 'disciplines' =>
  type === 'ZONE' ? 'industries' : 'disciplines'

/** Why a list of industries/disciplines is not acceptable (same rules as the server), or null. */
export function listProblem(items: readonly string[], label: string): string | null {
  const kept = cleanList(items)
  if (kept.length > MAX_LIST_ITEMS) return formatMessage(v.tooManyItems, { label })
  if (kept.some((item) => /[;；]/.test(item))) return formatMessage(v.itemSemicolon, { label })
  if (kept.some((item) => item.length > MAX_ITEM_LENGTH)) return formatMessage(v.itemTooLong, { label })
  return null
}

/** Trimmed, without blanks and duplicates, in the order entered. */
export const cleanList = (items: readonly string[]): string[] => [
  ...new Set(items.map((item) => item.trim()).filter(Boolean)),
]

/** An empty form of a type. */
export const emptyOrgForm = (type: ManagedOrgType): OrgForm => ({
  type,
  code: '',
  name: '',
  cityCode: null,
  level: null,
  parentId: null,
  industries: [],
  disciplines: [],
})

/** The form of an existing organisation. */
export const orgFormOf = (org: Org & { type: ManagedOrgType }): OrgForm => ({
  type: org.type,
  code: org.code,
  name: org.name,
  cityCode: org.cityCode,
  level: org.level,
  parentId: org.parentId,
  industries: [...org.industries],
  disciplines: [...org.disciplines],
})

/** The body sent to the server: only the fields the type uses, trimmed; codes kept upper-case. */
export function orgPayload(form: OrgForm): OrgForm {
  const zone = form.type === 'ZONE'
  const unit = form.type === 'UNIT'
  return {
    type: form.type,
    code: form.code.trim().toUpperCase(),
    name: form.name.trim(),
    cityCode: unit ? null : form.cityCode || null,
    level: zone ? form.level : null,
    parentId: unit ? form.parentId : null,
    industries: zone ? cleanList(form.industries) : [],
    disciplines: zone ? [] : cleanList(form.disciplines),
  }
}

type Validator = NonNullable<FormItemRule['validator']>

const required = (message: string, trigger: string | string[] = ['blur', 'change']): FormItemRule => ({
  required: true,
  message,
  trigger,
})

const check =
  <T>(problem: (value: T) => string | null): Validator =>
  (_rule, value: T, callback) => {
    const message = problem(value)
    return message ? callback(new Error(message)) : callback()
  }

/** Element Plus rules of the organisation form of a type. */
export function orgRules(type: ManagedOrgType): FormRules {
  const o = messages.org
  const rules: FormRules = {
    code: [
      required(v.codeRequired, 'blur'),
      { validator: check((value: string) => (!value || CODE_PATTERN.test(value.trim()) ? null : v.codeInvalid)), trigger: 'blur' },
    ],
    name: [
      { required: true, whitespace: true, message: v.nameRequired, trigger: 'blur' },
      {
        validator: check((value: string) => {
          const length = (value ?? '').trim().length
          return !length || (length >= NAME_MIN && length <= NAME_MAX) ? null : v.nameLength
        }),
        trigger: 'blur',
      },
    ],
  }
  if (type !== 'UNIT') rules.cityCode = [required(v.cityRequired, 'change')]
  if (type === 'ZONE') rules.level = [required(v.levelRequired, 'change')]
  if (type === 'UNIT') rules.parentId = [required(v.parentRequired, 'change')]
  const field = listFieldOf(type)
  const label = field === 'industries' ? o.industries : o.disciplines
  rules[field] = [{ validator: check((value: string[]) => listProblem(value ?? [], label)), trigger: 'change' }]
  return rules
}

// ---- import ----

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
const IMPORT_EXTENSIONS = ['.csv', '.xlsx']

/** Why a file cannot be imported (too large or not .csv/.xlsx), checked before uploading; null when fine. */
export function importFileProblem(file: { name: string; size: number }): string | null {
  const i = messages.orgImport
  if (!IMPORT_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) return i.badExtension
  if (file.size > MAX_IMPORT_BYTES) return formatMessage(i.tooLarge, { name: file.name })
  return null
}

/** `共3行，新增1，更新1，拒绝1`. */
export const importSummary = (report: ImportReport): string =>
  formatMessage(messages.orgImport.summary, {
    total: report.total,
    created: report.created,
    updated: report.updated,
    rejected: report.rejected.length,
  })

/** The Chinese default name of a type's template, used when the server sends no usable file name. */
export const templateFallbackName = (type: ManagedOrgType): string =>
  formatMessage(messages.orgImport.templateName, { type: messages.orgTypes[type].replace('/', '') })
