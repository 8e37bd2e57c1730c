// Browser journey of the provincial monitoring dashboard (监测分析): the monitor reads coverage, the pipeline diagram
// with counts and the speed figures, drills down to the filings behind a number and exports them as .xlsx; a city
// bureau sees only its city; a zone operator is refused the dashboard.
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./test-results node e2e/monitoring.mjs
// The database may hold any filings (earlier journeys and tests): the checks compare the page with itself and with
// the API, never with fixed counts.
import fs from 'node:fs'
import { BASE_URL, browser, check, login, page, shot, start, step, testId } from './lib.mjs'

await start({ label: 'monitoring journey', prefix: 'monitoring-', context: { viewport: { width: 1440, height: 900 }, acceptDownloads: true } })

/** The body rows of the table `id`. */
const rows = (id) => page.locator(`[data-testid="${id}"] .el-table__body-wrapper tbody tr`)
const number = async (id) => Number((await testId(id).innerText()).replace(/[^\d]/g, ''))
/** A JSON answer of the API in this browser session. */
const api = (path) => page.evaluate(async (url) => (await fetch(url)).json(), path)

await step('monitor-opens-the-dashboard', async () => {
  await login('monitor')
  await testId('menu-/monitoring').click()
  await page.waitForURL(/\/monitoring$/)
  await testId('coverage-rate').waitFor()
  check((await testId('coverage-rate').innerText()).endsWith('%'), 'the coverage rate is not a percentage')
  const coverage = await api('/api/metrics/coverage')
  check((await number('coverage-zones')) === coverage.overall.zones, 'zone count differs from the API')
  check((await number('coverage-covered')) === coverage.overall.covered, 'covered count differs from the API')
  check((await rows('coverage-city-table').count()) === coverage.byCity.length, 'not one row per city')
  check(coverage.byCity.length >= 2, 'the province sees fewer than two cities')
  await page.locator('canvas').first().waitFor()
  await shot('coverage-chart', 'coverage-city-table')
})

await step('coverage-map-of-shandong-is-drawn', async () => {
  const canvas = page.locator('[data-testid="coverage-map"] canvas').first()
  await canvas.waitFor()
  await page.waitForTimeout(800)
  // coloured (non-white, non-transparent) pixels of the map's canvas: the 17 prefectures filled by coverage rate
  const coloured = await canvas.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) n++
    }
    return n
  })
  check(coloured > 20000, `the map drew only ${coloured} coloured pixels`)
  await shot('coverage-map', 'coverage-map')
})

await step('drills-down-to-the-covered-filings', async () => {
  // the covered zones' active pairings: a zone with two pairings shows two filings
  const covered = await number('coverage-covered')
  const pairings = await api('/api/metrics/filings?kind=COVERED&size=100')
  await testId('coverage-covered').click()
  await testId('drill-dialog').locator('.el-dialog__title').filter({ hasText: '有效结对' }).waitFor()
  await testId('drill-total').filter({ hasText: `共${pairings.total}件` }).waitFor()
  check((await rows('drill-table').count()) === Math.min(pairings.total, 10), 'the drill-down shows another number of filings')
  check(new Set(pairings.items.map((f) => f.zoneName)).size === covered || pairings.total > 100, 'the pairings are not those of the covered zones')
})

await step('exports-the-filings-as-xlsx', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), testId('drill-dialog').getByTestId('export-filings').click()])
  check(download.suggestedFilename() === '区校联动监测_备案明细.xlsx', `saved as "${download.suggestedFilename()}"`)
  const content = fs.readFileSync(await download.path())
  check(content.subarray(0, 2).toString() === 'PK' && content.length > 1000, 'the export is not an xlsx workbook')
  await testId('drill-dialog').locator('.el-dialog__headerbtn').click()
  await testId('drill-dialog').waitFor({ state: 'hidden' })
})

await step('pipeline-diagram-shows-counts-per-step', async () => {
  await page.locator('#tab-pipeline').click()
  await testId('pipeline-diagram').locator('.djs-container').waitFor()
  const pipeline = await api('/api/metrics/pipeline')
  await testId('pipeline-totals').filter({ hasText: `在办任务共${pipeline.openTasks}件` }).waitFor()
  const badges = page.locator('.diagram-badge')
  for (let waited = 0; (await badges.count()) !== pipeline.steps.length; waited += 100) {
    check(waited < 10_000, `diagram shows ${await badges.count()} badges, ${pipeline.steps.length} steps have tasks`)
    await page.waitForTimeout(100)
  }
  for (const s of pipeline.steps) {
    const badge = testId(`diagram-badge-${s.step}`)
    check((await badge.innerText()).startsWith(String(s.openTasks)), `badge of ${s.step} does not show ${s.openTasks}`)
    check((await badge.getAttribute('class')).includes('overdue') === s.overdue > 0, `overdue mark of ${s.step}`)
  }
  await shot('diagram', 'pipeline-diagram')
  const status = pipeline.statuses.find((s) => s.filings > 0)
  if (status) {
    await testId(`status-count-${status.status}`).click()
    await testId('drill-total').filter({ hasText: `共${status.filings}件` }).waitFor()
    await testId('drill-dialog').locator('.el-dialog__headerbtn').click()
  }
})

await step('speed-figures-and-weekly-chart', async () => {
  await page.locator('#tab-speed').click()
  await testId('speed-median').waitFor()
  const speed = await api('/api/metrics/speed')
  check((await number('speed-approved')) === speed.overall.approved, 'approved count differs from the API')
  check((await testId('speed-median').innerText()).match(/天$|—/), 'the median is not in days')
  await page.locator('#pane-speed canvas').first().waitFor()
})

await step('results-show-the-annual-reports-of-the-latest-year', async () => {
  // the annual report journey may or may not have run: compare the page with the API
  await page.locator('#tab-results').click()
  await testId('results-count-due').waitFor()
  const results = await api('/api/metrics/results?by=zone')
  check((await number('results-count-due')) === results.reports.due, 'the due reports differ from the API')
  check((await number('results-count-approved')) === results.reports.approved, 'the passed reports differ from the API')
  check((await testId('results-no-reports').count()) === (results.reportsAvailable ? 0 : 1), 'the no-reports hint is wrong')
  check((await rows('results-table').count()) === results.rows.length, 'not one row per zone')
})

await step('city-bureau-sees-only-its-city', async () => {
  await login('city_jinan')
  await testId('menu-/monitoring').click()
  await testId('monitoring-own-scope').waitFor()
  check((await testId('monitoring-city').count()) === 0, 'a city bureau may pick another city')
  await testId('coverage-rate').waitFor()
  await rows('coverage-city-table').first().waitFor()
  check((await rows('coverage-city-table').count()) === 1, 'a city bureau sees more than one city')
  check((await rows('coverage-city-table').first().innerText()).includes('济南市'), 'the row is not 济南市')
  const other = await page.evaluate(async () => (await fetch('/api/metrics/coverage?city=370200')).status)
  check(other === 403, `another city's figures answered ${other}`)
})

await step('zone-operator-is-refused-the-dashboard', async () => {
  await login('zone_jinan')
  check((await testId('menu-/monitoring').count()) === 0, 'a zone operator sees 监测分析')
  await page.goto(`${BASE_URL}/monitoring`)
  await page.waitForURL(/\/403/)
  await testId('forbidden').filter({ hasText: '无权访问' }).waitFor()
  check((await testId('coverage-rate').count()) === 0, 'the dashboard was shown')
})

await browser.close()
console.log('monitoring journey ok')
