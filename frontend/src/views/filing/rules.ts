// Client-side checks of the filing form (the server checks the same on submit).
import type { FormItemRule, FormRules } from 'element-plus'
import type { FilingForm } from '@/api'
import { messages } from '@/i18n/zh-CN'

const v = messages.validation

const MOBILE_PATTERN = /^1[3-9]\d{9}$/
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

export const isMobile = (value: string): boolean => MOBILE_PATTERN.test(value)
export const isEmail = (value: string): boolean => EMAIL_PATTERN.test(value)
/** Dates as `yyyy-MM-dd`; true when both are present and the end is later than the start. */
export const isEndAfterStart = (start: string, end: string): boolean => !!start && !!end && end > start

type Validator = NonNullable<FormItemRule['validator']>

const required = (message: string): FormItemRule => ({ required: true, message, trigger: ['blur', 'change'] })

const check =
  (test: (value: string) => boolean, message: string): Validator =>
  (_rule, value: string, callback) =>
    !value || test(value) ? callback() : callback(new Error(message))

const contactRules = (prefix: 'zoneContact' | 'universityContact'): FormRules => ({
  [`${prefix}.name`]: [required(v.nameRequired)],
  [`${prefix}.phone`]: [required(v.phoneRequired), { validator: check(isMobile, v.phoneInvalid), trigger: 'blur' }],
  [`${prefix}.email`]: [required(v.emailRequired), { validator: check(isEmail, v.emailInvalid), trigger: 'blur' }],
})

/** Element Plus rules for the filing form; the end-date rule reads the start date from `form`. */
export function filingRules(form: FilingForm): FormRules {
  return {
    universityId: [required(v.universityRequired)],
    keyTasks: [{ type: 'array', required: true, min: 1, message: v.keyTasksRequired, trigger: 'change' }],
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
