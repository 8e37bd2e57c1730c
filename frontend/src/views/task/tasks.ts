import type { ReviewTask } from '@/api'
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

/** Where 办理 leads: the task page for a decision, the filing's edit page for a revision. */
export function taskTarget(task: Pick<ReviewTask, 'id' | 'formKey' | 'filingId'>): string {
  return task.formKey === 'revise' ? `/filings/${task.filingId}/edit` : `/tasks/${encodeURIComponent(task.id)}`
}
