// Pure helpers of the monitoring dashboard: number formats, chart options, diagram badges, drill-down titles.
import type { CoverageGroup, DrillParams, Pipeline, ReportDrillParams, ResultFigure, Speed } from '@/api'
import type { DiagramBadge } from '@/components/flow/timeline'
import { messages } from '@/i18n/zh-CN'
import { formatMessage } from '@/utils/format'

const m = messages.monitoring

/** 0.25 → `25.0%`. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`
}

/** Hours as days with one decimal (`7.0天`), `—` when there is no figure. */
export function days(hours: number | null | undefined): string {
  return hours == null ? m.speed.none : formatMessage(m.speed.days, { n: (hours / 24).toFixed(1) })
}

/** Hours with one decimal (`115.2小时`), `—` when there is no figure. */
export function hours(value: number | null | undefined): string {
  return value == null ? m.speed.none : formatMessage(m.speed.hours, { n: value.toFixed(1) })
}

/** A drill-down request: which filings (or, with `P`, which rows), in which city, and the dialog's title. */
export interface DrillRequest<P = DrillParams> {
  params: P
  /** Overrides the page's city (a city's row in a province-wide table). */
  city?: string
  title: string
}

/** Which annual reports stand behind a results number, and the dialog's title. */
export type ReportDrillRequest = DrillRequest<ReportDrillParams>

/** The week that starts on `weekStart` (a Monday), as the APPROVED drill-down's range. */
export function weekRange(weekStart: string): { from: string; to: string } {
  const start = new Date(`${weekStart}T00:00:00Z`)
  const end = new Date(start.getTime() + 7 * 86_400_000)
  return { from: weekStart, to: end.toISOString().slice(0, 10) }
}

/** A prefecture of the map asset: its administrative code and its name. */
export interface MapRegion {
  code: string
  name: string
}

/**
 * Prefectures of the map asset (ECharts 4.9.0's shandong.json, drawn before 2019) that are now part of another city:
 * 莱芜市 (371200) was merged into 济南市 (370100) in 2019, so it is coloured and counted as 济南.
 */
export const MERGED_REGIONS: Record<string, string> = { '371200': '370100' }

/**
 * Coverage rate per prefecture on the Shandong map (ECharts option): each region takes its city's group (a merged
 * region its new city's); a click names the group through `data[i].code`.
 */
export function coverageMap(groups: CoverageGroup[], regions: MapRegion[]) {
  const byCode = new Map(groups.map((g) => [g.code, g]))
  const data = regions.map((region) => {
    const code = MERGED_REGIONS[region.code] ?? region.code
    const group = byCode.get(code)
    return { name: region.name, code, value: group && group.zones > 0 ? Math.round(group.rate * 1000) / 10 : null }
  })
  const tooltip = (params: { name: string; data?: { code: string } }) => {
    const group = params.data ? byCode.get(params.data.code) : undefined
    if (!group || group.zones === 0) return formatMessage(m.coverage.mapNoZone, { city: params.name })
    const figures = { rate: percent(group.rate), covered: group.covered, zones: group.zones }
    return group.name === params.name
      ? formatMessage(m.coverage.mapTooltip, { city: group.name, ...figures })
      : formatMessage(m.coverage.mapMerged, { city: params.name, into: group.name, ...figures })
  }
  return {
    tooltip: { trigger: 'item', formatter: tooltip },
    visualMap: {
      min: 0,
      max: 100,
      left: 10,
      bottom: 10,
      text: ['100%', '0%'],
      calculable: false,
      inRange: { color: ['#fde2e2', '#f3d19e', '#95d475', '#529b2e'] },
    },
    series: [
      {
        name: m.coverage.rateColumn,
        type: 'map',
        map: 'shandong',
        roam: false,
        label: { show: true, fontSize: 10 },
        itemStyle: { borderColor: '#fff' },
        emphasis: { label: { show: true } },
        data,
      },
    ],
  }
}

/** Stacked bars per city: covered and uncovered zones (ECharts option). */
export function coverageChart(groups: CoverageGroup[]) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [m.coverage.chartCovered, m.coverage.chartUncovered] },
    grid: { left: 40, right: 20, bottom: 60, top: 40 },
    xAxis: { type: 'category', data: groups.map((g) => g.name), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: m.coverage.chartCovered, type: 'bar', stack: 'zones', data: groups.map((g) => g.covered), itemStyle: { color: '#67c23a' } },
      { name: m.coverage.chartUncovered, type: 'bar', stack: 'zones', data: groups.map((g) => g.uncovered), itemStyle: { color: '#e6a23c' } },
    ],
  }
}

/** Bars of approvals per week (ECharts option); the axis shows each week's Monday as MM-DD. */
export function weeklyChart(weekly: Speed['weekly']) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 20, bottom: 40, top: 20 },
    xAxis: { type: 'category', data: weekly.map((w) => w.weekStart.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: m.speed.approved, type: 'bar', data: weekly.map((w) => w.approvals), itemStyle: { color: '#409eff' } }],
  }
}

/** One badge per step with open tasks: the count, and the overdue ones in red. */
export function stepBadges(pipeline: Pipeline): DiagramBadge[] {
  return pipeline.steps.map((step) => ({
    id: step.step,
    text: step.overdue ? `${step.openTasks}｜${formatMessage(m.pipeline.badgeOverdue, { n: step.overdue })}` : `${step.openTasks}`,
    title: `${step.name}：${m.pipeline.open}${step.openTasks}，${m.pipeline.overdue}${step.overdue}`,
    overdue: step.overdue > 0,
  }))
}

export function drillTitle(what: string): string {
  return formatMessage(m.drill.title, { what })
}

/** The figures the results chart shows, per group with passed reports. */
const RESULT_SERIES = ['projectsStarted', 'breakthroughs', 'transfers', 'platformsBuilt'] as const

/** Grouped bars of the main reported figures of the groups that have passed reports (ECharts option). */
export function resultsChart(rows: ResultFigure[]) {
  const reported = rows.filter((row) => row.reported)
  const r = m.results
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: RESULT_SERIES.map((key) => r[key]) },
    grid: { left: 40, right: 20, bottom: 60, top: 40 },
    xAxis: { type: 'category', data: reported.map((row) => row.name), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: RESULT_SERIES.map((key) => ({
      name: r[key],
      type: 'bar',
      data: reported.map((row) => row.reported?.[key] ?? 0),
    })),
  }
}
