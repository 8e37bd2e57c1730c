// Browser journey of the annual results report (年度成效报告): the zone finds its overdue report in the list and in
// 待办, is stopped by the form's checks, saves a draft and submits; the university reads it; the city returns it from
// its task page; the zone revises and resubmits; the city passes it; the filing page shows it; the monitor sees the
// figures in 监测分析 → 结对成效, drills down to the report and exports the list.
//   BASE_URL=… SCREENSHOT_DIR=… FILING_ID=… REPORT_ID=… REPORT_YEAR=… FILING_NO=… node e2e/annual-report.mjs
// BrowserJourneyTest prepares the report: it approves a pairing, executes the engine timer job that opens the
// report, and runs the engine's time from after the due date while this script runs.
import { BASE_URL, browser, check, login, page, pickOption, shot, start, step, testId, toast } from './lib.mjs'

const { FILING_ID, REPORT_ID, REPORT_YEAR, FILING_NO } = process.env
if (!FILING_ID || !REPORT_ID || !REPORT_YEAR || !FILING_NO) {
  console.error('annual report journey FAILED: FILING_ID, REPORT_ID, REPORT_YEAR and FILING_NO are required')
  process.exit(1)
}

await start({ label: 'annual report journey', prefix: 'report-', context: { viewport: { width: 1440, height: 900 }, acceptDownloads: true } })

const rows = (id) => page.locator(`[data-testid="${id}"] .el-table__body-wrapper tbody tr`)
const fieldError = (text) => page.locator('.el-form-item__error').filter({ hasText: text })
const FIGURES = {
  projectsStarted: '3',
  projectsFinished: '1',
  breakthroughs: '2',
  transfers: '2',
  contractValueWan: '150.5',
  scenarios: '1',
  platformsBuilt: '1',
  vicePresidents: '2',
  industryProfessors: '1',
  fundingWan: '300',
}

async function confirmBox() {
  const box = page.locator('.el-message-box:visible')
  await box.waitFor()
  await box.locator('.el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

/** Opens the task of this pairing at a step from the caller's 待办 list. */
async function openTask(stepName) {
  await testId('menu-/tasks').click()
  await page.waitForURL(/\/tasks$/)
  const row = page.locator('tr', { hasText: stepName }).filter({ has: testId(`task-handle-${FILING_ID}`) })
  await row.first().waitFor()
  return row.first()
}

await step('zone-sees-its-overdue-report-in-the-list', async () => {
  await login('zone_jinan')
  await testId('menu-/annual-reports').click()
  await page.waitForURL(/\/annual-reports$/)
  const state = testId(`report-state-${REPORT_ID}`)
  await state.waitFor()
  check((await state.innerText()).includes('待填报'), 'the report is not waiting for the zone')
  await state.locator('[data-testid="report-overdue"]').waitFor()
  await testId('report-overdue-filter').click()
  await testId(`report-state-${REPORT_ID}`).waitFor()
})

await step('zone-opens-it-from-its-overdue-task', async () => {
  const row = await openTask('填报年度成效报告')
  check((await row.innerText()).includes('超期'), 'the fill task is not marked overdue')
  await row.locator(`[data-testid="task-handle-${FILING_ID}"]`).click()
  await page.waitForURL(new RegExp(`/annual-reports/${REPORT_ID}$`))
  await testId('report-title').filter({ hasText: `${REPORT_YEAR}年度成效报告` }).waitFor()
  await testId('report-overdue-alert').waitFor()
})

await step('form-checks-stop-an-incomplete-submission', async () => {
  await testId('report-submit').click()
  await fieldError('请填写联合开展项目数').waitFor()
  await fieldError('请填写经验成效').waitFor()
  await testId('report-projectsStarted').fill('2')
  await testId('report-projectsFinished').fill('3')
  await testId('report-contractValueWan').fill('1.234')
  await testId('report-save').click()
  await fieldError('完成项目数不能多于联合开展项目数').waitFor()
  await fieldError('成果转化合同金额应为不小于0、最多两位小数的金额').waitFor()
})

await step('zone-saves-a-draft', async () => {
  await testId('report-projectsFinished').fill('1')
  await testId('report-contractValueWan').fill('')
  await testId('report-narrative').fill('联合中试基地投入运行，两项成果完成转化。')
  await testId('report-save').click()
  await toast('草稿已保存').waitFor()
  await page.reload()
  await testId('report-projectsStarted').waitFor()
  check((await testId('report-projectsStarted').inputValue()) === '2', 'the draft was not kept')
})

await step('zone-submits-the-report', async () => {
  for (const [field, value] of Object.entries(FIGURES)) await testId(`report-${field}`).fill(value)
  await shot('filled', 'report-form')
  await testId('report-submit').click()
  await confirmBox()
  await toast('年度成效报告已提交').waitFor()
  await testId('report-status').filter({ hasText: '待市科技局审核' }).waitFor()
  check((await testId('report-form').count()) === 0, 'the form is still editable after the submission')
  await testId('report-value-contractValueWan').filter({ hasText: '150.5' }).waitFor()
})

await step('university-reads-it-without-a-form', async () => {
  await login('univ_sdu')
  await page.goto(`${BASE_URL}/annual-reports/${REPORT_ID}`)
  await testId('report-figures').waitFor()
  check((await testId('report-form').count()) === 0, 'the university may fill the report')
  check((await testId('report-value-transfers').innerText()).trim() === '2', 'the university reads other figures')
})

await step('city-returns-it-from-its-task-page', async () => {
  await login('city_jinan')
  const row = await openTask('市科技局审核年度成效报告')
  await row.locator(`[data-testid="task-handle-${FILING_ID}"]`).click()
  await page.waitForURL(/\/tasks\/[^/?]+$/)
  await testId('reviewed-report').filter({ hasText: `${REPORT_YEAR}年度成效报告` }).waitFor()
  check((await testId('task-section').count()) === 0, 'a report review offers the filing form sections')
  await shot('city-review-page')
  await testId('task-return').click()
  await fieldError('请填写退回修改的理由或意见').waitFor()
  await testId('task-opinion').fill('成果转化合同金额与合同不符，请核实')
  await testId('task-return').click()
  await toast('已办理：退回修改').waitFor()
})

await step('zone-revises-and-resubmits', async () => {
  await login('zone_jinan')
  const row = await openTask('修改年度成效报告')
  await row.locator(`[data-testid="task-handle-${FILING_ID}"]`).click()
  await page.waitForURL(new RegExp(`/annual-reports/${REPORT_ID}$`))
  await testId('report-returned').filter({ hasText: '成果转化合同金额与合同不符' }).waitFor()
  await testId('report-contractValueWan').fill('180')
  await testId('report-submit').click()
  await confirmBox()
  await toast('年度成效报告已提交').waitFor()
})

await step('city-passes-it', async () => {
  await login('city_jinan')
  const row = await openTask('市科技局审核年度成效报告')
  await row.locator(`[data-testid="task-handle-${FILING_ID}"]`).click()
  await testId('reviewed-report').locator('[data-testid="report-value-contractValueWan"]').filter({ hasText: '180' }).waitFor()
  await testId('task-approve').click()
  await toast('已办理：通过').waitFor()
})

await step('the-filing-page-shows-the-report', async () => {
  await login('zone_jinan')
  await page.goto(`${BASE_URL}/filings/${FILING_ID}`)
  const state = testId(`filing-report-${REPORT_YEAR}`)
  await state.waitFor()
  check((await state.innerText()).includes('审核通过'), 'the filing page does not show the passed report')
  check((await state.innerText()).includes('逾期'), 'the late report is not marked')
  await testId('filing-reports').locator('.el-table__expand-icon').first().click()
  await testId('filing-reports').locator('[data-testid="report-value-fundingWan"]').filter({ hasText: '300' }).waitFor()
  await shot('filing-reports', 'filing-reports')
})

await step('monitor-sees-the-figures-and-the-report-behind-them', async () => {
  await login('monitor')
  await testId('menu-/monitoring').click()
  await page.locator('#tab-results').click()
  await testId('results-count-approved').waitFor()
  // other tests may have left reports of later years: pick the report's year
  await testId('results-year').click()
  await pickOption(`${REPORT_YEAR}年度`)
  await testId('results-table').filter({ hasText: '济南高新技术产业开发区' }).waitFor()
  const results = await page.evaluate(async (y) => (await fetch(`/api/metrics/results?by=zone&year=${y}`)).json(), REPORT_YEAR)
  check(results.reportsAvailable, 'no passed report in the monitoring')
  const approved = async () => Number((await testId('results-count-approved').innerText()).trim())
  for (let waited = 0; (await approved()) !== results.reports.approved; waited += 100) {
    check(waited < 15_000, 'the passed count differs from the API')
    await page.waitForTimeout(100)
  }
  const zone = results.rows.find((row) => row.name === '济南高新技术产业开发区')
  check(zone && zone.reports >= 1 && zone.reported.contractValueWan >= 180, 'the zone\'s figures lack the report')
  await page.locator('[data-testid="results-chart"] canvas').waitFor()
  await testId('results-reports-济南高新技术产业开发区').click()
  await testId('report-drill-dialog').locator('.el-dialog__title').filter({ hasText: '济南高新技术产业开发区' }).waitFor()
  await rows('report-drill-table').filter({ hasText: FILING_NO }).waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), testId('export-results-reports').click()])
  check(download.suggestedFilename().endsWith('.xlsx'), `downloaded "${download.suggestedFilename()}"`)
})

await browser.close()
console.log('annual report journey ok')
