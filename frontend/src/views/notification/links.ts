import type { AppNotification, ReviewTask } from '@/api'
import { taskTarget } from '@/views/task/tasks'

/**
 * Where a notification leads: its task while the task is still open for the user (the task page, or
 * the edit page for a revision), otherwise its filing; null when it concerns neither.
 */
export function notificationTarget(
  notification: Pick<AppNotification, 'filingId' | 'taskId'>,
  openTasks: readonly ReviewTask[],
): string | null {
  const task = notification.taskId ? openTasks.find((t) => t.id === notification.taskId) : undefined
  if (task) return taskTarget(task)
  return notification.filingId ? `/filings/${notification.filingId}` : null
}
