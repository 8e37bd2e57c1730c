import { describe, expect, it } from 'vitest'
import type { Pipeline } from '@/api'
import { coverageChart, coverageMap, days, drillTitle, hours, percent, resultsChart, stepBadges, weekRange, weeklyChart } from './metrics'

describe('monitoring formats', () => {
  it('shows fractions as percent and hours as days or hours, a dash without a figure', () => {
    expect(percent(0.25)).toBe('25.0%')
    expect(percent(1 / 3)).toBe('33.3%')
    expect(days(168)).toBe('7.0天')
    expect(days(null)).toBe('—')
    expect(hours(115.2)).toBe('115.2小时')
    expect(hours(undefined)).toBe('—')
  })

  it('turns a week start into the range of the APPROVED drill-down, across a year end', () => {
    expect(weekRange('2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-23' })
    expect(weekRange('2025-12-29')).toEqual({ from: '2025-12-29', to: '2026-01-05' })
  })

  it('titles a drill-down', () => {
    expect(drillTitle('有效结对')).toBe('备案明细：有效结对')
  })
})

describe('monitoring charts and badges', () => {
  it('stacks covered and uncovered zones per city', () => {
    const option = coverageChart([
      { code: '370100', name: '济南市', zones: 4, covered: 1, uncovered: 3, rate: 0.25, gap: 0.75 },
      { code: '370200', name: '青岛市', zones: 2, covered: 2, uncovered: 0, rate: 1, gap: 0 },
    ])
    expect(option.xAxis.data).toEqual(['济南市', '青岛市'])
    expect(option.series.map((s) => s.data)).toEqual([
      [1, 2],
      [3, 0],
    ])
    expect(option.series.map((s) => s.name)).toEqual(['已结对', '未结对'])
  })

  it('groups the main reported figures of the groups with passed reports', () => {
    const row = (name: string, projectsStarted: number | null) => ({
      id: 1,
      code: null,
      name,
      cityName: '济南市',
      pairings: 1,
      plannedProjects: 1,
      plannedBudgetWan: 500,
      plannedPlatforms: 1,
      plannedPeople: 10,
      reports: projectsStarted === null ? 0 : 1,
      reported:
        projectsStarted === null
          ? null
          : { projectsStarted, projectsFinished: 0, breakthroughs: 2, transfers: 1, contractValueWan: 80, scenarios: 0,
              platformsBuilt: 3, vicePresidents: 1, industryProfessors: 0, fundingWan: 50 },
    })
    const option = resultsChart([row('甲高新区', 4), row('乙高新区', null), row('丙高新区', 1)])
    expect(option.xAxis.data).toEqual(['甲高新区', '丙高新区'])
    expect(option.series.map((s) => s.name)).toEqual(['联合开展项目', '突破关键核心技术', '成果转化', '共建平台'])
    expect(option.series.map((s) => s.data)).toEqual([
      [4, 1],
      [2, 2],
      [1, 1],
      [3, 3],
    ])
  })

  it('draws one bar per week, labelled by its Monday', () => {
    const option = weeklyChart([
      { weekStart: '2026-11-09', approvals: 2 },
      { weekStart: '2026-11-16', approvals: 0 },
    ])
    expect(option.xAxis.data).toEqual(['11-09', '11-16'])
    expect(option.series[0].data).toEqual([2, 0])
  })

  it('puts the open tasks on each step, overdue ones in red', () => {
    const pipeline: Pipeline = {
      processDefinitionId: 'pairing-filing:1:x',
      statuses: [],
      steps: [
        { step: 'cityReview', name: '市科技局初审', openTasks: 3, overdue: 1 },
        { step: 'provinceStReview', name: '省科技厅审核', openTasks: 2, overdue: 0 },
      ],
      openTasks: 5,
      overdueTasks: 1,
    }
    expect(stepBadges(pipeline)).toEqual([
      { id: 'cityReview', text: '3｜超期1', title: '市科技局初审：在办任务3，其中超期1', overdue: true },
      { id: 'provinceStReview', text: '2', title: '省科技厅审核：在办任务2，其中超期0', overdue: false },
    ])
  })
})

describe('the coverage map', () => {
  const groups = [
    { code: '370100', name: '济南市', zones: 4, covered: 3, uncovered: 1, rate: 0.75, gap: 0.25 },
    { code: '370200', name: '青岛市', zones: 0, covered: 0, uncovered: 0, rate: 0, gap: 1 },
  ]
  const regions = [
    { code: '370100', name: '济南市' },
    { code: '370200', name: '青岛市' },
    { code: '371200', name: '莱芜市' },
    { code: '370300', name: '淄博市' },
  ]

  it('colours every prefecture by its city, 莱芜 as 济南, and leaves cities without zones blank', () => {
    const option = coverageMap(groups, regions)
    expect(option.series[0].map).toBe('shandong')
    expect(option.series[0].data).toEqual([
      { name: '济南市', code: '370100', value: 75 },
      { name: '青岛市', code: '370200', value: null },
      { name: '莱芜市', code: '370100', value: 75 },
      { name: '淄博市', code: '370300', value: null },
    ])
  })

  it('says in the tooltip which city a merged prefecture counts for', () => {
    const format = coverageMap(groups, regions).tooltip.formatter
    expect(format({ name: '莱芜市', data: { code: '370100' } })).toBe('莱芜市（已并入济南市）：覆盖率75.0%（3/4）')
    expect(format({ name: '济南市', data: { code: '370100' } })).toBe('济南市：覆盖率75.0%（3/4）')
    expect(format({ name: '淄博市', data: { code: '370300' } })).toBe('淄博市：无高新区')
  })
})
