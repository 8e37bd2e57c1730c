// The list of a drill-down dialog: the page of the rows behind a number, loaded afresh for every new request; and
// the two kinds of rows a number can stand for (filings, annual reports).
import { computed, reactive, watch } from 'vue'
import {
  drillFilings,
  drillResultReports,
  type AnnualReport,
  type DrillItem,
  type DrillParams,
  type MetricsScopeParams,
  type MetricsTable,
  type Page,
  type ReportDrillParams,
} from '@/api'
import { messages } from '@/i18n/zh-CN'
import { usePagedList } from '@/utils/list'
import type { DrillRequest } from './metrics'

export const DRILL_PAGE_SIZE = 10

/** What differs between the drill-downs: the rows, their export, their test ids and their first columns. */
export interface DrillKind<T, P> {
  fetchPage: (scope: MetricsScopeParams, params: P, page: number, size: number) => Promise<Page<T>>
  /** The .xlsx export of the whole list. */
  table: MetricsTable
  /** Prefix of the test ids: `<testId>-dialog`, `<testId>-total`, `<testId>-table`. */
  testId: string
  empty: string
  /** The page a row opens, and the number it shows for it (the filing's, `#id` while it has none). */
  to: (row: T) => string
  no: (row: T) => string
  /** The 高校/内设机构 (a unit's university follows it, from the row's `parentUniversityName`). */
  subject: (row: T) => string | null
  /** Minimum width of the 高新区 and 高校/内设机构 columns. */
  leadWidth: number
}

export const FILING_DRILL: DrillKind<DrillItem, DrillParams> = {
  fetchPage: drillFilings,
  table: 'filings',
  testId: 'drill',
  empty: messages.monitoring.drill.empty,
  to: (row) => `/filings/${row.id}`,
  no: (row) => row.filingNo || `#${row.id}`,
  subject: (row) => row.subjectName,
  leadWidth: 160,
}

export const REPORT_DRILL: DrillKind<AnnualReport, ReportDrillParams> = {
  fetchPage: drillResultReports,
  table: 'results-reports',
  testId: 'report-drill',
  empty: messages.monitoring.results.drillEmpty,
  to: (row) => `/annual-reports/${row.id}`,
  no: (row) => row.filingNo || `#${row.filingId}`,
  subject: (row) => row.universityName,
  leadWidth: 150,
}

export function useDrillList<T, P extends object>(
  request: () => DrillRequest<P> | null,
  pageCity: () => string | undefined,
  fetchPage: DrillKind<T, P>['fetchPage'],
) {
  const query = reactive({ page: 1 })
  const city = computed(() => request()?.city ?? pageCity())
  /** The parameters of the .xlsx export of the whole list. */
  const exportParams = computed(() => ({ city: city.value, ...request()?.params }))
  const list = usePagedList(query, () => fetchPage({ city: city.value }, request()!.params, query.page, DRILL_PAGE_SIZE))
  watch(request, (current) => {
    list.rows.value = []
    list.total.value = 0
    if (current) void list.search()
  })
  return { query, exportParams, ...list }
}
