// The filing list's filters, sort and page ↔ the page's URL query (a refresh or a shared link keeps them)
// ↔ the parameters of GET /api/filings.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { FilingListParams, FilingSort, FilingStatus, SortOrder } from '@/api'
import { messages } from '@/i18n/zh-CN'

export const SORTS: FilingSort[] = ['submittedAt', 'updatedAt', 'filingNo', 'status']
export const PAGE_SIZES = [10, 20, 50]
export const DEFAULT_SIZE = 10
export const DEFAULT_SORT: FilingSort = 'updatedAt'
export const DEFAULT_ORDER: SortOrder = 'desc'
/** The years the year filter offers start here (the programme began in 2026). */
export const FIRST_YEAR = 2026

export interface ListFilter {
  q: string
  status: FilingStatus | ''
  year: number | null
  sort: FilingSort
  order: SortOrder
  page: number
  size: number
}

export const defaultFilter = (): ListFilter => ({
  q: '',
  status: '',
  year: null,
  sort: DEFAULT_SORT,
  order: DEFAULT_ORDER,
  page: 1,
  size: DEFAULT_SIZE,
})

const single = (value: LocationQuery[string] | undefined): string => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

const wholeNumber = (text: string): number | null => (/^\d{1,6}$/.test(text) ? Number(text) : null)

/** Reads the URL query; anything unknown or malformed falls back to the default. */
export function filterFromQuery(query: LocationQuery): ListFilter {
  const filter = defaultFilter()
  filter.q = single(query.q).trim().slice(0, 100)
  const status = single(query.status)
  if (status in messages.status) filter.status = status as FilingStatus
  const year = wholeNumber(single(query.year))
  if (year !== null && year >= 2000 && year <= 2100) filter.year = year
  const sort = single(query.sort)
  if ((SORTS as string[]).includes(sort)) filter.sort = sort as FilingSort
  const order = single(query.order)
  if (order === 'asc' || order === 'desc') filter.order = order
  const page = wholeNumber(single(query.page))
  if (page !== null && page >= 1) filter.page = page
  const size = wholeNumber(single(query.size))
  if (size !== null && PAGE_SIZES.includes(size)) filter.size = size
  return filter
}

/** The URL query of a filter: only what differs from the default, so the plain list keeps a plain URL. */
export function queryFromFilter(filter: ListFilter): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const q = filter.q.trim()
  if (q) query.q = q
  if (filter.status) query.status = filter.status
  if (filter.year) query.year = String(filter.year)
  if (filter.sort !== DEFAULT_SORT || filter.order !== DEFAULT_ORDER) {
    query.sort = filter.sort
    query.order = filter.order
  }
  if (filter.page > 1) query.page = String(filter.page)
  if (filter.size !== DEFAULT_SIZE) query.size = String(filter.size)
  return query
}

/** The parameters of GET /api/filings. */
export function paramsFromFilter(filter: ListFilter): FilingListParams {
  const params: FilingListParams = { sort: filter.sort, order: filter.order, page: filter.page, size: filter.size }
  const q = filter.q.trim()
  if (q) params.q = q
  if (filter.status) params.status = filter.status
  if (filter.year) params.year = filter.year
  return params
}

/** el-table's sort-change (prop + ascending/descending/null) → the server's sort; null order = the default. */
export function sortFromTable(prop: string | null | undefined, order: string | null | undefined) {
  if (!order || !prop || !(SORTS as string[]).includes(prop)) return { sort: DEFAULT_SORT, order: DEFAULT_ORDER }
  return { sort: prop as FilingSort, order: (order === 'ascending' ? 'asc' : 'desc') as SortOrder }
}

/** The table's sort marker of a filter (el-table default-sort). */
export const tableSort = (filter: ListFilter) => ({
  prop: filter.sort,
  order: filter.order === 'asc' ? ('ascending' as const) : ('descending' as const),
})

/** The years to choose from: this year back to the first year of the programme (newest first). */
export function yearOptions(now: Date = new Date()): number[] {
  const years: number[] = []
  for (let year = Math.max(now.getFullYear(), FIRST_YEAR); year >= FIRST_YEAR; year -= 1) years.push(year)
  return years
}
