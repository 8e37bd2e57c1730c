// The one drill-down dialog, for filings and for annual reports: what it asks the server and how it shows the rows.
import { describe, expect, it } from 'vitest'
import { createApp, h, nextTick, shallowRef, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ElTableColumn } from 'element-plus'
import { captureHttp } from '@/api/testing'
import DrillDialog from './DrillDialog.vue'
import { FILING_DRILL, REPORT_DRILL } from './drillList'
import type { DrillRequest } from './metrics'

const api = captureHttp()

const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    await nextTick()
  }
}

/** Mounts the dialog closed, with one column of the kind's own in the slot; `open` sets its request. */
async function mountDialog(kind: object, ownColumn: Component) {
  const request = shallowRef<DrillRequest<object> | null>(null)
  const closed: string[] = []
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: { render: () => null } }] })
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp({
    render: () =>
      h(
        DrillDialog as Component,
        { kind, request: request.value, city: '370100', onClose: () => closed.push('close') },
        { default: () => h(ownColumn) },
      ),
  })
  app.use(router)
  app.mount(host)
  await router.isReady()
  return {
    closed,
    open: async (value: DrillRequest<object>) => {
      request.value = value
      await settle()
    },
    unmount: () => {
      app.unmount()
      host.remove()
    },
  }
}

const dialog = (testId: string) => document.querySelector(`[data-testid="${testId}-dialog"]`) as HTMLElement
const cells = (testId: string) =>
  [...document.querySelectorAll(`[data-testid="${testId}-table"] .el-table__body tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
  )

describe('DrillDialog', () => {
  it('lists the filings behind a number in the page city, numbered, with the unit’s university', async () => {
    api.reply = {
      total: 1,
      items: [{ id: 5, filingNo: null, zoneName: '济南高新区', subjectName: '计算机学院', parentUniversityName: '山东大学', statusLabel: '已通过' }],
    }
    const statusColumn = { render: () => h(ElTableColumn, { label: '状态', prop: 'statusLabel' }) }
    const mounted = await mountDialog(FILING_DRILL, statusColumn)
    await mounted.open({ params: { kind: 'COVERED' }, title: '备案明细：有效结对' })

    expect(api.last()).toMatchObject({ url: '/api/metrics/filings', params: { city: '370100', kind: 'COVERED', page: 1, size: 10 } })
    expect(dialog('drill').querySelector('.el-dialog__title')?.textContent).toBe('备案明细：有效结对')
    expect(document.querySelector('[data-testid="drill-total"]')?.textContent).toBe('共1件')
    expect(cells('drill')).toEqual([['#5', '济南高新区', '计算机学院（山东大学）', '已通过']])
    expect(document.querySelector('[data-testid="drill-table"] a')?.getAttribute('href')).toBe('/filings/5')
    expect(dialog('drill').querySelector('[data-testid="export-filings"]')).not.toBeNull()
    mounted.unmount()
  })

  it('lists the annual reports with a row’s own city, each opening its report', async () => {
    api.reply = {
      total: 1,
      items: [{ id: 3, filingId: 9, filingNo: 'BA-2026-0001', zoneName: '青岛高新区', universityName: '中国海洋大学', parentUniversityName: null, transfers: 2 }],
    }
    const transfersColumn = { render: () => h(ElTableColumn, { label: '成果转化', prop: 'transfers' }) }
    const mounted = await mountDialog(REPORT_DRILL, transfersColumn)
    await mounted.open({ params: { year: 2026, state: 'APPROVED' }, city: '370200', title: '年度成效报告：青岛' })

    expect(api.last()).toMatchObject({
      url: '/api/metrics/results/reports',
      params: { city: '370200', year: 2026, state: 'APPROVED', page: 1, size: 10 },
    })
    expect(cells('report-drill')).toEqual([['BA-2026-0001', '青岛高新区', '中国海洋大学', '2']])
    expect(document.querySelector('[data-testid="report-drill-table"] a')?.getAttribute('href')).toBe('/annual-reports/3')
    expect(document.querySelector('[data-testid="report-drill-total"]')?.textContent).toBe('共1件')
    mounted.unmount()
  })
})
