// The monitoring API functions: paths and parameters they send (empty ones left out).
import { describe, expect, it } from 'vitest'
import { drillFilings, drillResultReports, exportMetrics, getCoverage, getResults, getSpeed, listUnpairedZones } from './index'
import { captureHttp } from './testing'

const api = captureHttp()
const last = api.last

describe('monitoring API', () => {
  it('sends the city only when one is chosen', async () => {
    await getCoverage({})
    expect(last()).toMatchObject({ method: 'get', url: '/api/metrics/coverage', params: {} })
    await getCoverage({ city: '370100' })
    expect(last().params).toEqual({ city: '370100' })
    await listUnpairedZones({ city: '370100' }, 'NATIONAL')
    expect(last()).toMatchObject({ url: '/api/metrics/coverage/unpaired', params: { city: '370100', level: 'NATIONAL' } })
  })

  it('sends the year of the speed figures and the grouping of the results', async () => {
    await getSpeed({}, 2026)
    expect(last()).toMatchObject({ url: '/api/metrics/speed', params: { year: 2026 } })
    await getResults({ city: '370200' }, 'university')
    expect(last()).toMatchObject({ url: '/api/metrics/results', params: { city: '370200', by: 'university' } })
    expect(last().params).not.toHaveProperty('year')
    await getResults({}, 'zone', 2026)
    expect(last().params).toEqual({ by: 'zone', year: 2026 })
  })

  it('drills into the annual reports behind a results number', async () => {
    api.reply = { total: 0, items: [] }
    await drillResultReports({ city: '370100' }, { year: 2026, state: 'OVERDUE', zoneId: 7 }, 1, 10)
    expect(last()).toMatchObject({
      url: '/api/metrics/results/reports',
      params: { city: '370100', year: 2026, state: 'OVERDUE', zoneId: 7, page: 1, size: 10 },
    })
  })

  it('drills down with the kind, its filters and the page', async () => {
    api.reply = { total: 0, items: [] }
    await drillFilings({ city: '370100' }, { kind: 'STEP', step: 'cityReview', overdue: true }, 2, 10)
    expect(last()).toMatchObject({
      url: '/api/metrics/filings',
      params: { city: '370100', kind: 'STEP', step: 'cityReview', overdue: true, page: 2, size: 10 },
    })
  })

  it('exports a table as a blob named by the server', async () => {
    api.reply = new Blob(['x'])
    const file = await exportMetrics('filings', { kind: 'OVERDUE', city: undefined }, '区校联动监测.xlsx')
    expect(last()).toMatchObject({ url: '/api/metrics/export', responseType: 'blob', params: { kind: 'OVERDUE', table: 'filings' } })
    expect(file.filename).toBe('区校联动监测.xlsx')
  })
})
