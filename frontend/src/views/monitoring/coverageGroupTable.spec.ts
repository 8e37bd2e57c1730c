// The coverage table of the groups of zones (by city, by level).
import { describe, expect, it } from 'vitest'
import { createApp, h, nextTick } from 'vue'
import type { CoverageGroup } from '@/api'
import { messages } from '@/i18n/zh-CN'
import CoverageGroupTable from './CoverageGroupTable.vue'

const c = messages.monitoring.coverage

/** The table lays out its columns over a few ticks. */
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    await nextTick()
  }
}

const JINAN: CoverageGroup = { code: '370100', name: '济南市', zones: 4, covered: 3, uncovered: 1, rate: 0.75, gap: 0.05 }
const NONE: CoverageGroup = { code: 'NATIONAL', name: '国家级', zones: 2, covered: 0, uncovered: 2, rate: 0, gap: 0.8 }

function mountTable(props: { groups: CoverageGroup[]; nameLabel: string; testId: string; gap?: boolean }) {
  const drilled: CoverageGroup[] = []
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp({ render: () => h(CoverageGroupTable, { ...props, onDrill: (group: CoverageGroup) => void drilled.push(group) }) })
  app.mount(host)
  const text = (selector: string) => [...host.querySelectorAll(selector)].map((el) => el.textContent?.trim())
  return { host, drilled, text, unmount: () => app.unmount() }
}

describe('CoverageGroupTable', () => {
  it('by city: the gap column too, and a covered count opens its filings', async () => {
    const { host, drilled, text, unmount } = mountTable({ groups: [JINAN], nameLabel: '城市', gap: true, testId: 'coverage-city-table' })
    await settle()
    expect(host.querySelector('[data-testid="coverage-city-table"]')).not.toBeNull()
    expect(text('.el-table__header th')).toEqual(['城市', c.zones, c.covered, c.uncovered, c.rateColumn, c.gap])
    expect(text('.el-table__body td')).toEqual(['济南市', '4', '3', '1', '75.0%', '5.0%'])
    ;(host.querySelector('.el-table__body .el-link') as HTMLElement).click()
    expect(drilled).toEqual([JINAN])
    unmount()
  })

  it('by level: no gap column, and a zero stays plain text', async () => {
    const { text, host, unmount } = mountTable({ groups: [NONE], nameLabel: '级别', testId: 'coverage-level-table' })
    await settle()
    expect(text('.el-table__header th')).toEqual(['级别', c.zones, c.covered, c.uncovered, c.rateColumn])
    expect(text('.el-table__body td')).toEqual(['国家级', '2', '0', '2', '0.0%'])
    expect(host.querySelector('.el-table__body .el-link')).toBeNull()
    unmount()
  })
})
