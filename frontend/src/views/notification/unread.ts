import { ref } from 'vue'
import { fetchUnreadCount } from '@/api'

/** The number on the bell in the header. */
export const unreadCount = ref(0)

export const UNREAD_POLL_MS = 60_000

let timer: ReturnType<typeof setInterval> | undefined

/** Asks the server again (after an action, a navigation, or on the timer); a failure keeps the old number. */
export async function refreshUnread(): Promise<void> {
  try {
    unreadCount.value = await fetchUnreadCount()
  } catch {
    // background refresh: the next one will tell
  }
}

export function startUnreadPolling(intervalMs = UNREAD_POLL_MS): void {
  stopUnreadPolling()
  void refreshUnread()
  timer = setInterval(() => void refreshUnread(), intervalMs)
}

export function stopUnreadPolling(): void {
  if (timer !== undefined) clearInterval(timer)
  timer = undefined
}
