import type { AppNotification, ReviewTask } from '@/api'
import { taskTarget } from '@/views/task/tasks'

/**
 * Where a notification leads: its task while the task is still open for the user (`openTask`, from GET /api/tasks/{id}),
 * the task page or the edit page for a revision, otherwise its filing; null when it concerns neither.
 */
export function notificationTarget(
  notification: Pick<AppNotification, 'filingId' | 'taskId'>,
  openTask: ReviewTask | null,
): string | null {
  if (openTask && openTask.id === notification.taskId) return taskTarget(openTask)
  return notification.filingId ? `/filings/${notification.filingId}` : null
}
