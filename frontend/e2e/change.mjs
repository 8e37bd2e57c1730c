// Browser journey of a change filing (变更备案) on an approved pairing: the zone edits the proposed version with the
// filing form's own fields (a key task, a new 实训基地 platform, a new contact), saves it as a draft, is told the
// reason is missing, submits it; 市科技局 passes it and 省科技厅 approves it from their ordinary 待办 lists (the task
// page shows what changes); the filing page then shows the new content, the 变更记录 field by field, the new support
// measure and the change's own round in the timeline.
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./test-results node e2e/change.mjs
// Needs an approved, active pairing of zone_jinan: BrowserJourneyTest runs it after journey.mjs, which approves one.
import { BASE_URL, browser, check, login, page, pickOption, shot, start, step, testId, toast } from './lib.mjs'

await start({ label: 'change journey', prefix: 'change-' })

const CONTACT = `王变更${Date.now() % 10000}`
const REASON = '新增共建实训基地，高新区联系人岗位调整'
let filingId = ''

/** Opens the task of the filing at the step named `stepName` from the user's 待办 list; the change is shown. */
async function openChangeTask(username, stepName) {
  await login(username)
  await testId('menu-/tasks').click()
  await page.waitForURL(/\/tasks$/)
  await page.locator('tr', { hasText: stepName }).locator(`[data-testid="task-handle-${filingId}"]`).click()
  await page.waitForURL(/\/tasks\/[^/?]+$/)
  await testId('change-review').waitFor()
  const review = await testId('change-review').innerText()
  check(review.includes(REASON), 'the task page lacks the change reason')
  check(review.includes(CONTACT), 'the task page lacks the new contact')
}

await step('zone-finds-an-approved-pairing', async () => {
  await login('zone_jinan')
  await page.goto(`${BASE_URL}/filings?status=APPROVED&size=50`)
  const views = page.locator('[data-testid^="filing-view-"]')
  await views.first().waitFor()
  const ids = []
  for (const id of await views.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')))) {
    ids.push(id.replace('filing-view-', ''))
  }
  // the first one still active and without an open change
  for (const id of ids) {
    await page.goto(`${BASE_URL}/filings/${id}`)
    await testId('qualification').waitFor()
    await page.waitForTimeout(500)
    if ((await testId('change-apply').count()) > 0) {
      filingId = id
      break
    }
  }
  check(filingId, `none of zone_jinan's approved pairings (${ids.join(',')}) accepts a change`)
  console.log(`    filing #${filingId}`)
  await testId('change-card').scrollIntoViewIfNeeded()
})

await step('zone-drafts-the-change-with-the-filing-form', async () => {
  await testId('change-apply').click()
  await page.waitForURL(new RegExp(`/filings/${filingId}/change$`))
  await testId('change-parties').waitFor()
  // 合作内容: one more (or one less) key task
  await testId('step-content').click()
  await testId('key-task-CORE_TECH').click()
  // 项目与平台: a training base joins the platforms
  await testId('step-projects').click()
  const row = await page.locator('[data-testid^="platform-name-"]').count()
  await testId('platform-add').click()
  await page.locator(`[data-testid="platform-type-${row}"]`).first().click()
  await pickOption('实训基地')
  await testId(`platform-name-${row}`).fill('区校联合实训基地')
  // 目标与期限: the zone's new contact
  await testId('step-targets').click()
  await testId('zoneContact-name').fill(CONTACT)
  await testId('zoneContact-phone').fill('13700000000')
  await testId('change-save').click()
  await toast('变更草稿已保存').waitFor()
  await testId('change-status').filter({ hasText: '草稿' }).waitFor()
})

await step('the-reason-is-required', async () => {
  await testId('change-submit').click()
  await page.locator('.el-form-item__error').filter({ hasText: '请填写变更原因' }).waitFor()
  await testId('change-reason').fill(REASON)
  await shot('change-form-with-reason')
  await testId('change-submit').click()
  await toast('变更申请已提交，等待市科技局初审').waitFor()
  await page.waitForURL(new RegExp(`/filings/${filingId}$`))
  await testId('change-list').filter({ hasText: '市科技局初审中' }).waitFor()
  check((await testId('change-apply').count()) === 0, 'a second change is offered while one is open')
  await testId('change-card').scrollIntoViewIfNeeded()
})

await step('city-passes-the-change', async () => {
  await openChangeTask('city_jinan', '市科技局初审（变更）')
  await shot('city-task-page-shows-the-change', 'change-review')
  await testId('task-opinion').fill('变更事项属实，同意上报')
  await testId('task-approve').click()
  await toast('已办理：通过').waitFor()
  await page.waitForURL(/\/tasks$/)
})

await step('province-approves-the-change', async () => {
  await openChangeTask('prov_st', '省科技厅审核（变更）')
  check((await testId('task-reject').innerText()).includes('不予变更'), 'the reject button is not 不予变更')
  await testId('task-approve').click()
  await toast('已办理：通过').waitFor()
  await page.waitForURL(/\/tasks$/)
})

await step('detail-shows-new-content-and-change-record', async () => {
  await login('zone_jinan')
  await page.goto(`${BASE_URL}/filings/${filingId}`)
  await testId('change-list').filter({ hasText: '变更通过' }).waitFor()
  const descriptions = await testId('filing-descriptions').innerText()
  check(descriptions.includes(CONTACT), 'the filing does not show the new contact')
  check((await testId('filing-projects').innerText()).includes('区校联合实训基地'), 'the new platform is missing')
  check((await testId('qualification-measures').innerText()).includes('实训基地'), 'the training base measure is missing')
  // 变更记录: expand the newest change
  await testId('change-list').locator('.el-table__expand-icon').first().click()
  const diff = testId('change-diff').first()
  await diff.waitFor()
  const text = await diff.innerText()
  for (const expected of ['重点任务', '共建平台', '实训基地：区校联合实训基地', '高新区联系人姓名', CONTACT, '变更前', '变更后']) {
    check(text.includes(expected), `the change record lacks "${expected}"`)
  }
  await shot('change-record', 'change-card')
  // the change's own round follows the filing's in the timeline
  const followUp = testId('timeline-follow-up').last()
  await followUp.scrollIntoViewIfNeeded()
  const trail = await followUp.innerText()
  for (const expected of ['变更备案（第', '变更通过', '提交变更申请', '市科技局初审（变更）', '省科技厅审核（变更）', '变更事项属实，同意上报']) {
    check(trail.includes(expected), `the timeline's change round lacks "${expected}"`)
  }
  await shot('change-timeline', 'timeline-follow-up')
})

await browser.close()
console.log('change journey ok')
