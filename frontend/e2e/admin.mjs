// Browser journey of the system administrator (organisations, import, users), the security administrator
// (roles of the new user) and the role guard.
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./test-results node e2e/admin.mjs
// Uses the demo accounts; the database may hold data of earlier runs, so every code and username made here
// carries a per-run suffix.
import fs from 'node:fs'
import { BASE_URL, TIMEOUT, browser, check, login, page, pickOption, screenshot, start, step, testId, toast } from './lib.mjs'

const RUN = Date.now().toString(36).toUpperCase()
const ZONE = { code: `E2EZ${RUN}`, name: `端到端测试高新区${RUN}`, renamed: `端到端测试高新区${RUN}（更名）` }
const UNIVERSITY = { code: `E2EU${RUN}`, name: `端到端测试大学${RUN}` }
const REJECTED_CODE = `E2EX${RUN}`
const USER = {
  username: `e2e_${RUN.toLowerCase()}`,
  displayName: '端到端经办人',
  renamed: '端到端经办人（改）',
  password: 'Pair@2026#x',
  newPassword: 'Reset#2026y',
}

await start({ label: 'admin journey', prefix: 'admin-', context: { viewport: { width: 1440, height: 900 }, acceptDownloads: true } })

const fieldError = (text) => page.locator('.el-form-item__error:visible').filter({ hasText: text }).first()

/** Opens the select `id` and picks `label`; with `search`, types it first (filterable and remote selects). */
async function select(id, label, search = false) {
  await testId(id).click()
  if (search) await page.keyboard.type(label)
  await pickOption(label, !search)
}

/** Closes an open drop-down inside the dialog `id` by clicking the dialog's title. */
async function closeDropdown(id) {
  await page.locator(`[data-testid="${id}"] .el-dialog__title`).click()
  await page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' })
}

async function confirmBox() {
  const box = page.locator('.el-message-box:visible')
  await box.waitFor()
  await box.locator('.el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

/** Waits until the table `id` shows `count` rows (a search answered). */
async function waitRows(id, count) {
  const rows = page.locator(`[data-testid="${id}"] .el-table__body-wrapper tbody tr`)
  for (let waited = 0; (await rows.count()) !== count; waited += 100) {
    check(waited < TIMEOUT, `table ${id} does not show ${count} rows`)
    await page.waitForTimeout(100)
  }
}

async function searchOrg(q) {
  await testId('org-search-q').fill(q)
  await testId('org-search').click()
}

await step('sysadmin-sees-admin-menu', async () => {
  await login('sysadmin')
  await testId('menu-/admin/orgs').waitFor()
  await testId('menu-/admin/users').waitFor()
  await testId('menu-/admin/orgs').click()
  await page.waitForURL(/\/admin\/orgs$/)
  await testId('org-table').locator('tr', { hasText: '济南高新技术产业开发区' }).first().waitFor()
  const header = await testId('org-table').locator('thead').innerText()
  for (const label of ['代码', '名称', '级别', '所属城市', '主导产业', '状态']) check(header.includes(label), `zone table lacks column ${label}`)
})

await step('review-orgs-are-read-only', async () => {
  await page.locator('#tab-REVIEW').click()
  const row = testId('org-table').locator('tr', { hasText: '济南市科学技术局' }).first()
  await row.waitFor()
  check((await row.locator('button').count()) === 0, 'a read-only organisation shows buttons')
  check((await row.innerText()).includes('系统预置'), 'a read-only organisation is not marked')
  check((await testId('org-create').count()) === 0, 'the review tab offers 新增')
  await page.locator('#tab-ZONE').click()
  await testId('org-create').waitFor()
})

await step('zone-form-validates-in-chinese', async () => {
  await testId('org-create').click()
  await testId('org-save').click()
  await fieldError('请输入机构代码').waitFor()
  await fieldError('请选择高新区级别').waitFor()
  await fieldError('请选择所属城市').waitFor()
  // a taken code: the server's 409 shows on the code field
  await testId('org-code').fill('GX370101')
  await testId('org-name').fill(ZONE.name)
  await select('org-level', '国家级')
  await select('org-city', '济南市')
  await testId('org-save').click()
  await fieldError('已被').waitFor()
  check((await fieldError('已被').innerText()).includes('GX370101'), 'the 409 message does not name the code')
})

await step('creates-a-zone', async () => {
  await testId('org-code').fill(ZONE.code.toLowerCase()) // kept upper-case by the form
  await testId('org-industries').click()
  for (const industry of ['人工智能', '低空经济']) {
    await page.keyboard.type(industry)
    await page.keyboard.press('Enter')
  }
  await closeDropdown('org-dialog')
  await testId('org-save').click()
  await toast('保存成功').waitFor()
  await testId('org-dialog').waitFor({ state: 'hidden' })
  console.log(`    zone ${ZONE.code} created`)
})

await step('finds-the-zone-by-search', async () => {
  await searchOrg(ZONE.code.toLowerCase())
  await waitRows('org-table', 1)
  const row = testId('org-table').locator('tr', { has: testId(`org-edit-${ZONE.code}`) })
  await row.waitFor()
  const text = await row.innerText()
  for (const expected of [ZONE.name, '国家级', '济南市', '人工智能', '低空经济', '正常']) {
    check(text.includes(expected), `zone row lacks "${expected}"`)
  }
})

await step('edits-the-zone-name', async () => {
  await testId(`org-edit-${ZONE.code}`).click()
  check((await testId('org-code').inputValue()) === ZONE.code, 'edit form lacks the code')
  await testId('org-name').fill(ZONE.renamed)
  await testId('org-save').click()
  await toast('保存成功').waitFor()
  await testId('org-table').locator('tr', { hasText: ZONE.renamed }).waitFor()
})

await step('disables-the-zone', async () => {
  await testId(`org-toggle-${ZONE.code}`).click()
  await confirmBox()
  await toast('已停用').waitFor()
  await testId(`org-status-${ZONE.code}`).filter({ hasText: '停用' }).waitFor()
  check((await testId(`org-toggle-${ZONE.code}`).innerText()).includes('启用'), 'disabled zone does not offer 启用')
})

await step('import-downloads-the-template', async () => {
  await page.locator('#tab-UNIVERSITY').click()
  await testId('org-import').click()
  await testId('import-dialog').waitFor()
  await testId('import-type-UNIVERSITY').click()
  const [download] = await Promise.all([page.waitForEvent('download'), testId('import-template').click()])
  check(download.suggestedFilename() === '高校导入模板.xlsx', `template saved as "${download.suggestedFilename()}"`)
  const file = await download.path()
  check(fs.readFileSync(file).subarray(0, 2).toString() === 'PK', 'the template is not an xlsx workbook')
})

await step('import-refuses-a-file-over-5mb-before-upload', async () => {
  let uploaded = false
  const spy = (request) => {
    if (request.url().includes('/api/admin/orgs/import?')) uploaded = true
  }
  page.on('request', spy)
  await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles({
    name: 'too-big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
  })
  await testId('import-error').filter({ hasText: '超过5MB' }).waitFor()
  page.off('request', spy)
  check(!uploaded, 'a file over 5 MB was uploaded')
})

await step('imports-two-universities-one-rejected', async () => {
  const csv = [
    'code,name,city_code,advantage_disciplines',
    `${UNIVERSITY.code},${UNIVERSITY.name},370100,人工智能;控制科学与工程`,
    `${REJECTED_CODE},端到端无效城市大学${RUN},999999,数学`,
  ].join('\n')
  await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles({
    name: 'universities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  const summary = testId('import-summary')
  await summary.waitFor()
  const text = await summary.innerText()
  check(text.includes('共2行，新增1，更新0，拒绝1'), `unexpected import summary "${text}"`)
  const rejected = testId('import-rejected').locator('tbody tr')
  check((await rejected.count()) === 1, 'the report does not list exactly one rejected row')
  const row = await rejected.first().innerText()
  check(/^3\b/.test(row.trim()), `rejected row number is not 3: "${row}"`)
  check(row.includes(REJECTED_CODE) && row.includes('999999'), `rejected row lacks code or reason: "${row}"`)
  await screenshot('import-report')
  await testId('import-close').click()
  await searchOrg(UNIVERSITY.code)
  await waitRows('org-table', 1)
  const uni = testId('org-table').locator('tr', { has: testId(`org-edit-${UNIVERSITY.code}`) })
  await uni.filter({ hasText: '控制科学与工程' }).waitFor()
})

await step('creates-a-user-for-the-new-university', async () => {
  await testId('menu-/admin/users').click()
  await page.waitForURL(/\/admin\/users$/)
  await testId('user-create').click()
  await testId('user-username').fill(USER.username)
  await testId('user-display-name-input').fill(USER.displayName)
  await select('user-form-org', UNIVERSITY.name, true)
  // roles are not the system administrator's to give (三员分立)
  check((await testId('user-roles').count()) === 0, 'the system administrator is offered roles')
  await testId('user-roles-hint').waitFor()
  // the password policy is checked before sending
  await testId('user-password').fill('short')
  await testId('user-save').click()
  await fieldError('密码至少8位').waitFor()
  await testId('user-password').fill(USER.password)
  // the organisation picked above must still be shown (once, in a MariaDB run, it was empty here: re-pick it then, and
  // say so in the log, rather than time out on the toast)
  if (!((await testId('user-form-org').innerText()).includes(UNIVERSITY.name))) {
    console.log('    the organisation select was empty before saving: picked again')
    await select('user-form-org', UNIVERSITY.name, true)
  }
  await testId('user-save').click()
  await toast('保存成功').waitFor()
  await testId('user-search-q').fill(USER.username)
  await testId('user-search').click()
  await waitRows('user-table', 1)
  const row = testId('user-table').locator('tr', { has: testId(`user-edit-${USER.username}`) })
  await row.filter({ hasText: UNIVERSITY.name }).filter({ hasText: '未分配' }).waitFor()
  console.log(`    user ${USER.username} created`)
})

await step('edits-the-user-and-resets-the-password', async () => {
  await testId(`user-edit-${USER.username}`).click()
  check(await testId('user-username').isDisabled(), 'the username can be changed')
  await testId('user-display-name-input').fill(USER.renamed)
  await testId('user-save').click()
  await toast('保存成功').waitFor()
  await testId('user-table').locator('tr', { hasText: USER.renamed }).waitFor()
  await testId(`user-reset-${USER.username}`).click()
  await testId('reset-password').fill(USER.newPassword)
  await testId('reset-confirm').fill('Other#2026z')
  await testId('reset-save').click()
  await fieldError('两次输入的密码不一致').waitFor()
  await testId('reset-confirm').fill(USER.newPassword)
  await testId('reset-save').click()
  await toast('密码已重置').waitFor()
})

await step('the-security-administrator-assigns-the-role', async () => {
  await login('secadmin')
  check((await testId('menu-/admin/users').count()) === 0, 'the security administrator sees 用户管理')
  await testId('menu-/security/roles').click()
  await page.waitForURL(/\/security\/roles$/)
  await testId('role-search-q').fill(USER.username)
  await testId('role-search').click()
  await testId(`role-assign-${USER.username}`).click()
  await testId('role-select').click()
  const roleOptions = page.locator('.role-dialog-popper .el-select-dropdown__item:visible')
  await roleOptions.first().waitFor()
  const offered = (await roleOptions.allInnerTexts()).map((t) => t.trim())
  check(offered.length === 1 && offered[0] === '高校经办人', `roles offered for a university: ${offered.join('、')}`)
  await roleOptions.filter({ hasText: '高校经办人' }).click()
  await closeDropdown('role-dialog')
  await screenshot('role-dialog')
  await testId('role-save').click()
  await toast('角色已更新').waitFor()
  await testId(`role-labels-${USER.username}`).filter({ hasText: '高校经办人' }).waitFor()
  check((await testId('role-assign-secadmin').count()) === 0, 'the security administrator may edit its own roles')
})

await step('the-security-administrator-requires-totp-for-a-role-and-takes-it-back', async () => {
  // still signed in as secadmin
  await testId('menu-/security/settings').click()
  const monitorBox = testId('totp-roles').locator('.el-checkbox').filter({ hasText: '省级监测' })
  await monitorBox.waitFor()
  check(!(await monitorBox.locator('input').isChecked()), 'a demo role already needs TOTP')
  await monitorBox.click()
  await testId('save-security-settings').click()
  await toast('安全设置已保存').waitFor()
  await screenshot('security-settings-totp-role')
  const saved = await page.evaluate(async () => (await fetch('/api/security/settings')).json())
  check(saved.totpRequiredRoles.includes('PROVINCE_MONITOR'), `saved: ${JSON.stringify(saved)}`)
  await page.reload()
  await monitorBox.locator('input:checked').waitFor({ state: 'attached' })
  await monitorBox.click()
  await testId('save-security-settings').click()
  await toast('安全设置已保存').waitFor()
  const restored = await page.evaluate(async () => (await fetch('/api/security/settings')).json())
  check(restored.totpRequiredRoles.length === 0, `restored: ${JSON.stringify(restored)}`)
})

await step('the-new-user-can-log-in', async () => {
  await login(USER.username, USER.newPassword)
  await page.waitForURL(/\/filings$/)
  check((await testId('user-org').innerText()).includes(UNIVERSITY.name), 'the new user is not in the new university')
})

await step('a-zone-operator-is-refused-admin-pages', async () => {
  await login('zone_jinan')
  check((await testId('menu-/admin/orgs').count()) === 0, 'a zone operator sees 机构管理')
  await page.goto(`${BASE_URL}/admin/orgs`)
  await page.waitForURL(/\/403/)
  await testId('forbidden').filter({ hasText: '无权访问' }).waitFor()
  check((await testId('org-table').count()) === 0, 'the organisation table was shown')
  await page.goto(`${BASE_URL}/admin/users`)
  await testId('forbidden').waitFor()
})

await browser.close()
console.log('admin journey ok')
