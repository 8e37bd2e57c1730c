// The list of a drill-down dialog: the page of the rows behind a number, loaded afresh for every new request.
import { computed, reactive, watch } from 'vue'
import type { Page } from '@/api'
import { usePagedList } from '@/utils/list'

/** A number's drill-down: its query parameters, and a city overriding the page's (a city's row). */
interface Request<P> {
  params: P
  city?: string
}

export const DRILL_PAGE_SIZE = 10

export function useDrillList<T, P extends object>(
  request: () => Request<P> | null,
  pageCity: () => string | undefined,
  fetchPage: (city: string | undefined, params: P, page: number, size: number) => Promise<Page<T>>,
) {
  const query = reactive({ page: 1 })
  const city = computed(() => request()?.city ?? pageCity())
  /** The parameters of the .xlsx export of the whole list. */
  const exportParams = computed(() => ({ city: city.value, ...request()?.params }))
  const list = usePagedList(query, () => fetchPage(city.value, request()!.params, query.page, DRILL_PAGE_SIZE))
  watch(request, (current) => {
    list.rows.value = []
    list.total.value = 0
    if (current) void list.search()
  })
  return { query, exportParams, ...list }
}
