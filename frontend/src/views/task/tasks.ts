import type { ReviewTask, TaskListQuery, TaskProcess } from '@/api'
import { messages } from '@/i18n/zh-CN'

export interface TaskFilter {
  /** '' for all steps. */
  taskKey: string
  /** '' for all processes. */
  process: TaskProcess | ''
  /** Filing number, zone, university or city; '' for all. */
  q: string
  /** Due date range, `yyyy-MM-dd`, both inclusive; '' leaves that end open. */
  dueFrom: string
  dueTo: string
  overdueOnly: boolean
}

export const emptyFilter = (): TaskFilter => ({ taskKey: '', process: '', q: '', dueFrom: '', dueTo: '', overdueOnly: false })

/** Whether any filter is set. */
export const isFiltering = (filter: TaskFilter): boolean =>
  !!(filter.taskKey || filter.process || filter.q.trim() || filter.dueFrom || filter.dueTo || filter.overdueOnly)

/** GET /api/tasks parameters of a filter and page (empty filters left out). */
export function taskQuery(filter: TaskFilter, page: number, size: number): TaskListQuery {
  return {
    taskKey: filter.taskKey || undefined,
    process: filter.process || undefined,
    q: filter.q.trim() || undefined,
    overdue: filter.overdueOnly || undefined,
    dueFrom: filter.dueFrom || undefined,
    dueTo: filter.dueTo || undefined,
    page,
    size,
  }
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
