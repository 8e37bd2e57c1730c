import { messages } from '@/i18n/zh-CN'
import { formatDateTime } from './format'
import { fill } from './template'

const DAY = 86_400_000
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/
const beijingDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** An API time as a Date (a time without offset is Beijing time); null when missing or unparsable. */
export function parseTime(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(HAS_OFFSET.test(iso) ? iso : `${iso}+08:00`)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The calendar day in Beijing, `2026-11-27`. */
export function beijingDay(date: Date): string {
  return beijingDate.format(date)
}

/** Whole calendar days (Beijing) from `from` to `to`; negative when `to` lies before. */
function daysBetween(from: Date, to: Date): number {
  const [a, b] = [beijingDay(from), beijingDay(to)].map((day) => Date.parse(`${day}T00:00:00Z`))
  return Math.round((b - a) / DAY)
}

export interface DueInfo {
  /** `2026-11-27 23:59`, or `—` without a due date. */
  text: string
  overdue: boolean
  /** `剩余3天`, `今日到期`, `已超期2天` or empty. */
  hint: string
}

/**
 * How a due date reads in the task list: the server's `overdue` flag counts, and so does a due date
 * that has passed since the list was loaded.
 */
export function dueInfo(dueAt: string | null | undefined, overdue = false, now: Date = new Date()): DueInfo {
  const t = messages.todo
  const due = parseTime(dueAt)
  if (!due) return { text: t.noDue, overdue, hint: '' }
  const late = overdue || now.getTime() > due.getTime()
  if (late) {
    const days = daysBetween(due, now)
    return { text: formatDateTime(dueAt), overdue: true, hint: days >= 1 ? fill(t.overdueBy, { n: days }) : '' }
  }
  const left = daysBetween(now, due)
  return { text: formatDateTime(dueAt), overdue: false, hint: left <= 0 ? t.dueToday : fill(t.daysLeft, { n: left }) }
}
