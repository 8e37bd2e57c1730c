// The annual report API functions: paths, parameters and bodies.
import { describe, expect, it } from 'vitest'
import { getAnnualReport, listAnnualReports, listFilingReports, saveAnnualReport, submitAnnualReport, type AnnualReportForm } from './index'
import { body, captureHttp } from './testing'

const api = captureHttp()
const last = api.last

const form: AnnualReportForm = {
  projectsStarted: 3,
  projectsFinished: 1,
  breakthroughs: 0,
  transfers: 0,
  contractValueWan: 0,
  scenarios: 1,
  platformsBuilt: null,
  vicePresidents: 2,
  industryProfessors: 1,
  fundingWan: 12.5,
  narrative: '成效',
  version: 2,
}

describe('annual report API', () => {
  it('lists with the filters given, leaving the empty ones out', async () => {
    api.reply = { total: 0, items: [] }
    await listAnnualReports({ year: 2026, overdue: true, q: ' ', page: 1, size: 20 })
    expect(last()).toMatchObject({ method: 'get', url: '/api/annual-reports', params: { year: 2026, overdue: true, page: 1, size: 20 } })
    expect(last().params).not.toHaveProperty('q')
    await listFilingReports(9)
    expect(last().url).toBe('/api/filings/9/annual-reports')
    await getAnnualReport(4)
    expect(last().url).toBe('/api/annual-reports/4')
  })

  it('saves a draft with PUT and submits with POST, the figures and the version in the body', async () => {
    await saveAnnualReport(4, form)
    expect(last()).toMatchObject({ method: 'put', url: '/api/annual-reports/4' })
    expect(body(last())).toEqual(form)
    await submitAnnualReport(4, form)
    expect(last()).toMatchObject({ method: 'post', url: '/api/annual-reports/4/submit' })
    expect(body(last()).version).toBe(2)
  })
})
