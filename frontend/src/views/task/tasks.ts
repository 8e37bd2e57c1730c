import type { ReviewTask } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { dueWithin, parseTime } from '@/utils/due'

export interface TaskFilter {
  /** '' for all steps. */
  taskKey: string
  /** '' for all cities. */
  city: string
  /** Due date range, `yyyy-MM-dd`, both inclusive; '' leaves that end open. */
  dueFrom: string
  dueTo: string
  overdueOnly: boolean
}

export const emptyFilter = (): TaskFilter => ({ taskKey: '', city: '', dueFrom: '', dueTo: '', overdueOnly: false })

/** Overdue per the server, or because its due date has passed since the list was loaded. */
export function isOverdue(task: ReviewTask, now: Date = new Date()): boolean {
  const due = parseTime(task.dueAt)
  return task.overdue || (due !== null && due.getTime() < now.getTime())
}

export function filterTasks(tasks: readonly ReviewTask[], filter: TaskFilter, now: Date = new Date()): ReviewTask[] {
  return tasks.filter(
    (task) =>
      (!filter.taskKey || task.taskKey === filter.taskKey) &&
      (!filter.city || task.cityName === filter.city) &&
      (!(filter.dueFrom || filter.dueTo) || dueWithin(task.dueAt, filter.dueFrom, filter.dueTo)) &&
      (!filter.overdueOnly || isOverdue(task, now)),
  )
}

/** The steps present in the list, once each, in order of first appearance. */
export function stepOptions(tasks: readonly ReviewTask[]): { value: string; label: string }[] {
  const steps = new Map<string, string>()
  for (const task of tasks) if (!steps.has(task.taskKey)) steps.set(task.taskKey, task.name)
  return [...steps].map(([value, label]) => ({ value, label }))
}

export function cityOptions(tasks: readonly ReviewTask[]): string[] {
  return [...new Set(tasks.map((task) => task.cityName).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'))
}

/**
 * Where 办理 leads: the task page for a decision, the filing's (or its change's) edit page for a revision, the
 * pairing's annual report for filling or revising it.
 */
export function taskTarget(task: Pick<ReviewTask, 'id' | 'formKey' | 'filingId'>): string {
  if (task.formKey === 'revise') return `/filings/${task.filingId}/edit`
  if (task.formKey === 'reviseChange') return `/filings/${task.filingId}/change`
  if (task.formKey === 'annualReport') return `/annual-reports/filing/${task.filingId}`
  return `/tasks/${encodeURIComponent(task.id)}`
}

/** Who holds a task: nobody yet (anyone of the group may sign for it), the caller, or a colleague. */
export type ClaimState = 'open' | 'mine' | 'other'

export function claimState(task: Pick<ReviewTask, 'assignee'>, username: string | null | undefined): ClaimState {
  if (!task.assignee) return 'open'
  return task.assignee === username ? 'mine' : 'other'
}

/** 签收人 as the list shows it: the name of whoever signed, or 未签收. */
export function assigneeText(task: Pick<ReviewTask, 'assignee' | 'assigneeName'>, unassigned: string): string {
  return task.assignee ? task.assigneeName || task.assignee : unassigned
}

/** Replaces one task of the list by its new state (after 签收/取消签收), keeping the order. */
export function replaceTask(tasks: readonly ReviewTask[], updated: ReviewTask): ReviewTask[] {
  return tasks.map((task) => (task.id === updated.id ? updated : task))
}

/** Picker groups: people by organisation, in the order the server lists them. */
export function groupByOrg<P extends { orgId: number; orgName: string }>(
  people: readonly P[],
): { orgId: number; orgName: string; people: P[] }[] {
  const groups = new Map<number, { orgId: number; orgName: string; people: P[] }>()
  for (const person of people) {
    let group = groups.get(person.orgId)
    if (!group) {
      group = { orgId: person.orgId, orgName: person.orgName, people: [] }
      groups.set(person.orgId, group)
    }
    group.people.push(person)
  }
  return [...groups.values()]
}

/** Field errors of the 转办 dialog before it is sent ('' when fine). */
export function transferErrors(toUserId: number | null, reason: string): { toUserId: string; reason: string } {
  const w = messages.taskWork
  return { toUserId: toUserId ? '' : w.transferToRequired, reason: reason.trim() ? '' : w.reasonRequired }
}
