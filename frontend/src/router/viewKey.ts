// Which navigations re-create the page component (the layout keys its <router-view> with this).
import type { RouteLocationNormalizedLoaded } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page follows its URL query itself (filters of a list): a query change does not re-create it. */
    keepOnQuery?: boolean
    /**
     * Pages with the same value stay the same instance when the route is *replaced* (same history entry),
     * e.g. the filing form when its first autosave turns /filings/new into /filings/{id}/edit.
     */
    keepOnReplace?: string
  }
}

/**
 * The key of the page: by default the full URL (every navigation re-creates the page); `keepOnQuery` pages
 * by path; `keepOnReplace` pages by their history entry (vue-router's `history.state.position`, unchanged by
 * `router.replace`, new on every push and on back/forward).
 */
export function viewKey(route: RouteLocationNormalizedLoaded, historyState: unknown = window.history.state): string {
  if (route.meta.keepOnReplace) {
    const position = (historyState as { position?: unknown } | null)?.position
    return `${route.meta.keepOnReplace}@${typeof position === 'number' ? position : route.fullPath}`
  }
  if (route.meta.keepOnQuery) return route.path
  return route.fullPath
}
