import { ref } from 'vue'
import { fetchCurrentUser, type CurrentUser } from '@/api'

/** The logged-in user, or null. */
export const currentUser = ref<CurrentUser | null>(null)

let resolved = false

/**
 * Asks the server for the current user (GET /api/auth/me) until a session is known; null when not logged in.
 * The call also gives the browser its XSRF-TOKEN cookie, which the login request needs.
 */
export async function ensureSession(): Promise<CurrentUser | null> {
  if (!resolved) {
    currentUser.value = await fetchCurrentUser().catch(() => null)
    resolved = true
  }
  return currentUser.value
}

/** After login (a user) or logout/expiry (null: ask the server again on the next navigation). */
export function setSession(user: CurrentUser | null): void {
  currentUser.value = user
  resolved = user !== null
}
