// Browser journey of 结对推荐: the administrator keeps the industry → discipline mapping, the province sees the
// unpaired zones with their top 3 (and the export), a zone operator starts a filing from a suggestion and finds
// the wizard pre-filled, with the suggestions and their reasons beside the free picker.
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./test-results node e2e/matchmaking.mjs
// The database may hold data of earlier runs: the zone and its operator made here carry a per-run suffix.
import { BASE_URL, browser, check, login, page, pickOption, start, step, testId, toast } from './lib.mjs'

const RUN = Date.now().toString(36).toUpperCase()
const ZONE = { code: `E2EM${RUN}`, name: `推荐测试高新区${RUN}` }
const OPERATOR = { username: `e2em_${RUN.toLowerCase()}`, password: 'Pair@2026#x' }
const MAPPING = { industry: `端到端产业${RUN}`, discipline: '材料科学' }

await start({ label: 'matchmaking journey', prefix: 'matchmaking-', context: { viewport: { width: 1440, height: 900 } } })

/** A JSON call in the browser session (the SPA's CSRF cookie goes back as the header). */
async function api(method, url, data) {
  const cookies = await page.context().cookies()
  const token = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(`${BASE_URL}${url}`, { method, data, headers: { 'X-XSRF-TOKEN': token } })
  check(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`)
  return response.json()
}

await step('admin-keeps-the-mapping', async () => {
  await login('sysadmin')
  await testId('menu-/admin/industry-mapping').click()
  await testId('mapping-新材料-材料科学').waitFor()
  check((await testId('mapping-unmapped').count()) === 0, 'a demo industry has no mapped discipline')
  await testId('mapping-industry').click()
  await page.keyboard.type(MAPPING.industry)
  await page.keyboard.press('Enter')
  await testId('mapping-discipline').click()
  await page.keyboard.type(MAPPING.discipline)
  await pickOption(MAPPING.discipline)
  await testId('mapping-add').click()
  await toast('已添加').waitFor()
  await testId(`mapping-${MAPPING.industry}-${MAPPING.discipline}`).waitFor()
})

await step('admin-removes-the-row-again', async () => {
  await testId(`mapping-${MAPPING.industry}-${MAPPING.discipline}`).locator('.el-tag__close').click()
  const box = page.locator('.el-message-box:visible')
  await box.locator('.el-button--primary').click()
  await toast('已删除').waitFor()
  await testId(`mapping-${MAPPING.industry}-${MAPPING.discipline}`).waitFor({ state: 'detached' })
  // a zone of 济南 with two leading industries, and its operator, for the rest of the journey
  const zone = await api('POST', '/api/admin/orgs', {
    type: 'ZONE',
    code: ZONE.code,
    name: ZONE.name,
    cityCode: '370100',
    level: 'PROVINCIAL',
    industries: ['新材料', '智能装备'],
  })
  const operator = await api('POST', '/api/admin/users', {
    username: OPERATOR.username,
    displayName: '推荐测试经办人',
    orgId: zone.id,
    password: OPERATOR.password,
  })
  // roles are the security administrator's to give (三员分立)
  await login('secadmin')
  await api('PUT', `/api/security/users/${operator.id}/roles`, { roles: ['ZONE_OPERATOR'] })
})

await step('province-sees-unpaired-zones-with-top-3', async () => {
  await login('monitor')
  await testId('menu-/matchmaking').click()
  const row = page.locator('[data-testid="unpaired-table"] tbody tr').filter({ has: testId(`unpaired-zone-${ZONE.code}`) })
  await row.waitFor()
  const reasons = await row.getByTestId('suggestion-reason').allInnerTexts()
  check(reasons.some((r) => r.startsWith('主导产业 新材料 ↔ 优势学科 材料科学')), `reasons of the new zone: ${reasons}`)
  check(reasons.some((r) => r.startsWith('同城')), `no 同城 among ${reasons}`)
  check((await row.locator('li').count()) === 3, 'the new zone has not 3 suggestions')
  // reviewers pass the link on; only the zone's operator starts the filing
  check((await row.locator('[data-testid^="suggestion-copy-"]').count()) === 3, 'no 复制发起链接 for the province')
  check((await row.locator('[data-testid^="suggestion-start-"]').count()) === 0, 'the province may start a filing')
  const download = await page.request.get(`${BASE_URL}/api/matchmaking/unpaired/export`)
  check(download.ok(), `export: ${download.status()}`)
  check((download.headers()['content-type'] ?? '').includes('spreadsheetml'), 'export is not .xlsx')
  await row.scrollIntoViewIfNeeded()
})

let first = ''
await step('zone-starts-a-filing-from-a-suggestion', async () => {
  await login(OPERATOR.username, OPERATOR.password)
  await testId('menu-/matchmaking').click()
  await testId('matchmaking-own').waitFor()
  const start = page.locator('[data-testid^="suggestion-start-"]').first()
  await start.waitFor()
  const code = (await start.getAttribute('data-testid')).replace('suggestion-start-', '')
  first = (await testId(`suggestion-${code}`).locator('.name').innerText()).trim()
  await start.click()
  await page.waitForURL(/\/filings\/new\?universityId=\d+$/)
  await testId('wizard-suggestions').waitFor()
  await testId(`suggestion-pick-${code}`).filter({ hasText: '已选择' }).waitFor()
  const chosen = await testId('university-select').locator('.el-select__placeholder').first().innerText()
  check(chosen.trim() === first, `the wizard shows ${chosen}, not ${first}`)
})

await step('zone-picks-another-suggestion-in-the-wizard', async () => {
  const second = testId('wizard-suggestions').locator('[data-testid^="suggestion-pick-"]').nth(1)
  const code = (await second.getAttribute('data-testid')).replace('suggestion-pick-', '')
  const name = (await testId('wizard-suggestions').getByTestId(`suggestion-${code}`).locator('.name').innerText()).trim()
  await second.click()
  await testId(`suggestion-pick-${code}`).filter({ hasText: '已选择' }).waitFor()
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid="university-select"] .el-select__placeholder')?.textContent?.trim() === expected,
    name,
  )
  check(name !== first, 'the second suggestion is the first one')
})

await browser.close()
console.log('matchmaking journey ok')
