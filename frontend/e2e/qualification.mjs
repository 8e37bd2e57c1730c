// Browser journey after approval: the public list (公示), the qualification with its support measures on the
// filing detail, the certificate download, the public verification page (valid and altered codes), and
// termination (终止结对): the zone applies on the filing page, 省科技厅 confirms from its 待办 list.
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./test-results node e2e/qualification.mjs
// Needs at least one approved pairing: BrowserJourneyTest runs it after journey.mjs, which approves one.
import { BASE_URL, browser, check, login, openSession, page, pickOption, start, step, testId, toast } from './lib.mjs'

await start({ label: 'qualification journey', prefix: 'qualification-', context: { acceptDownloads: true } })

let filingNo = ''
let code = ''
let filingId = ''

await step('public-list', async () => {
  await openSession()
  await page.goto(`${BASE_URL}/public/pairings`)
  const first = testId('public-pairings').locator('tbody tr').first()
  await first.waitFor()
  filingNo = (await first.locator('td').first().innerText()).trim()
  check(/^鲁区校备〔\d{4}〕第\d{4}号$/.test(filingNo), `no approved pairing in the public list ("${filingNo}")`)
  const text = await testId('public-pairings').innerText()
  check(!/1[3-9]\d{9}/.test(text), 'the public list shows a mobile number')
})

await step('public-list-city', async () => {
  await testId('public-city').click()
  await pickOption('青岛市')
  await page.waitForTimeout(500)
  const cities = await testId('public-pairings').locator('tbody tr td:nth-child(2)').allInnerTexts()
  check(cities.every((c) => c.trim() === '青岛市'), `rows of other cities under 青岛市: ${cities.join(',')}`)
})

await step('qualification-on-detail', async () => {
  await login('prov_st')
  await page.goto(`${BASE_URL}/filings?q=${encodeURIComponent(filingNo)}`)
  await page.locator('[data-testid^="filing-view-"]').first().click()
  await testId('qualification').waitFor()
  filingId = new URL(page.url()).pathname.split('/').pop()
  code = (await testId('qualification-code').innerText()).trim()
  check(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/.test(code), `unexpected verification code "${code}"`)
  const measures = await testId('qualification-measures').locator('tbody tr').count()
  check(measures >= 3, `only ${measures} support measures shown`)
  await testId('qualification').scrollIntoViewIfNeeded()
})

await step('certificate-download', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), testId('certificate-download').click()])
  check(download.suggestedFilename().endsWith('.pdf'), `downloaded "${download.suggestedFilename()}"`)
})

await step('verify-valid', async () => {
  await openSession()
  await page.goto(`${BASE_URL}/verify?code=${code}`)
  await testId('verify-valid').waitFor()
  check((await page.locator('.el-descriptions').innerText()).includes(filingNo), 'verified facts lack the number')
})

await step('verify-altered', async () => {
  const altered = (code[0] === 'A' ? 'B' : 'A') + code.slice(1)
  await testId('verify-code').fill(altered)
  await testId('verify-submit').click()
  await testId('verify-invalid').waitFor()
})

await step('termination-apply', async () => {
  await login('zone_jinan')
  await page.goto(`${BASE_URL}/filings/${filingId}`)
  await testId('termination-apply').click()
  await testId('termination-submit').click()
  await page.locator('.el-form-item__error').filter({ hasText: '请填写终止结对的原因' }).waitFor()
  await testId('termination-reason').fill('合作企业整体迁出，结对无法继续')
  await testId('termination-submit').click()
  await toast('终止申请已提交').waitFor()
  await testId('termination-list').filter({ hasText: '待省科技厅确认' }).waitFor()
  check((await testId('termination-apply').count()) === 0, 'a second application is offered while one is pending')
})

await step('termination-confirm', async () => {
  await login('prov_st')
  await testId('menu-/tasks').click()
  await page.waitForURL(/\/tasks$/)
  await testId(`task-handle-${filingId}`).filter({ hasText: /./ }).first().waitFor()
  await page.locator('tr', { hasText: '省科技厅确认终止' }).locator(`[data-testid="task-handle-${filingId}"]`).click()
  await page.waitForURL(/\/tasks\/[^/?]+$/)
  // the request (applicant, reason) is on the task page
  await testId('termination-list').filter({ hasText: '合作企业整体迁出' }).waitFor()
  await testId('task-approve').filter({ hasText: '确认终止' }).click()
  await toast('已办理：确认终止').waitFor()
  await page.goto(`${BASE_URL}/filings/${filingId}`)
  await testId('qualification-state').filter({ hasText: '已终止' }).waitFor()
  await testId('termination-list').filter({ hasText: '已确认终止' }).waitFor()
})

await browser.close()
console.log('qualification journey ok')
