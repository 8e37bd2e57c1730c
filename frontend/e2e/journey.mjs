// Browser journey through the full filing process, against a running app:
//   submit → 对方确认 (university) → 市科技局初审 → 省科技厅审核 + 省教育厅会审 → 备案通过 (async join),
//   the return loop (an opinion naming a part of the form shows beside that step), withdrawal, notifications,
//   the process diagram and timeline, refusal pages; the 5-step form with all content fields, the uploaded PDF
//   agreement drawn in the page by pdf.js and the refusal of a fake PDF; a filing with a university's internal
//   unit as subject: the unit confirms, its university gives the legal-entity consent, city review follows.
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./test-results node e2e/journey.mjs
// Uses the demo accounts; the database may hold data of earlier runs, so filings are tracked by the id
// the app shows after each submit.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  BASE_URL,
  PASSWORD,
  browser,
  check,
  login,
  openSession,
  page,
  pickOption,
  shot,
  start,
  step,
  testId,
  toast,
} from './lib.mjs'

const FILING = {
  university: '山东大学',
  industry: '人工智能',
  keyTasks: ['INDUSTRY_LAYOUT', 'TRANSFER'],
  mechanisms: {
    mechanismDecision: '建立区校联席会议制度，每季度会商一次重大事项',
    mechanismProject: '高新区发布产业技术需求清单，双方联合凝练攻关项目',
    mechanismTalent: '互派科技副总和产业教授，开展双向挂职',
    mechanismBenefit: '成果转化收益按协议约定比例分配，风险共担',
  },
  project: { name: '智能装备关键部件联合攻关', budget: '500' },
  platform: { type: '中试基地', name: '济南高新区—山东大学联合中试基地' },
  vicePresidents: '2',
  targets2026: '建成联合中试基地，启动3个联合攻关项目',
  targets2028: '累计转化成果10项以上，技术合同额5000万元',
  startDate: '2026-12-01',
  endDate: '2028-12-31',
  zoneContact: { name: '张经办', phone: '13800000001', email: 'zhang@jngx.gov.cn' },
  universityContact: { name: '李老师', phone: '13900000002', email: 'li@sdu.edu.cn' },
}

/**
 * A small well-formed two-page PDF, built here so the journey needs no fixture files: each page has a
 * title, a line of text and a grey box, so a drawn page is visibly not blank.
 */
function minimalPdf(text) {
  const page = (n) =>
    `0.6 g 72 560 468 120 re f 0 g BT /F1 24 Tf 72 720 Td (${text}) Tj ET BT /F1 14 Tf 72 690 Td (Page ${n} of 2) Tj ET`
  const streams = [page(1), page(2)]
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 7 0 R >> >> >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>',
    ...streams.map((stream) => `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const offset = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

const FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-'))
const AGREEMENT_PDF = path.join(FILES_DIR, '合作协议.pdf')
fs.writeFileSync(AGREEMENT_PDF, minimalPdf('Zone-university cooperation agreement'))
const CONSENT_PDF = path.join(FILES_DIR, '法人单位同意书.pdf')
fs.writeFileSync(CONSENT_PDF, minimalPdf('Consent of the legal-entity university'))
/** Text renamed to .pdf: the server tells it by its content and refuses it. */
const FAKE_PDF = path.join(FILES_DIR, '伪装的协议.pdf')
fs.writeFileSync(FAKE_PDF, '这是一段普通文字，只是把扩展名改成了.pdf')

await start({ label: 'journey' })

/** Types a date into the picker inside the form item `id`. */
async function pickDate(id, value) {
  const input = page.locator(`[data-testid="${id}"] input`)
  await input.fill(value)
  await input.press('Enter')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
}

/** The input of a form control, whether Element Plus put the test id on the input or on its wrapper. */
const inputOf = (id) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first()

/** Opens a step of the stepped filing form by its title. */
async function openStep(key) {
  await testId(`step-${key}`).click()
  await testId(`step-panel-${key}`).waitFor()
}

/** Uploads a file as the kind of attachment on the form's 附件 step. */
async function uploadAttachment(kind, file) {
  await openStep('attachments')
  await page.locator(`[data-testid="attachment-kind-${kind}"] input[type=file]`).setInputFiles(file)
}

async function fillFiling(data) {
  // 1 结对双方: the zone is the operator's own; its industries come from the registry, one is added
  await openStep('parties')
  await testId('university-select').click()
  await page.keyboard.type(data.university)
  await pickOption(data.university)
  const industries = inputOf('zone-industries')
  await industries.fill(data.industry)
  await industries.press('Enter')
  // 2 合作内容
  await testId('step-next').click()
  await testId('step-panel-content').waitFor()
  for (const code of data.keyTasks) await testId(`key-task-${code}`).click()
  for (const [key, text] of Object.entries(data.mechanisms)) await testId(key).fill(text)
  // 3 项目与平台
  await testId('step-next').click()
  await testId('project-add').click()
  await testId('project-name-0').fill(data.project.name)
  await inputOf('project-budget-0').fill(data.project.budget)
  await testId('platform-add').click()
  await page.locator('[data-testid="platform-type-0"]').first().click()
  await pickOption(data.platform.type)
  await testId('platform-name-0').fill(data.platform.name)
  await inputOf('talent-vicePresidents').fill(data.vicePresidents)
  // 4 目标与期限
  await testId('step-next').click()
  await testId('targets2026').fill(data.targets2026)
  await testId('targets2028').fill(data.targets2028)
  await pickDate('start-date', data.startDate)
  await pickDate('end-date', data.endDate)
  for (const side of ['zoneContact', 'universityContact']) {
    for (const field of ['name', 'phone', 'email']) await testId(`${side}-${field}`).fill(data[side][field])
  }
  // 5 附件: the signed agreement (a new filing is saved as a draft first)
  await uploadAttachment('AGREEMENT', AGREEMENT_PDF)
  await page.locator('[data-testid="attachment-table"]').filter({ hasText: '合作协议.pdf' }).waitFor()
}

/** Submits the open form and returns the id of the filing from the detail page it leads to. */
async function submitFiling() {
  await testId('submit-filing').click()
  await page.waitForURL(/\/filings\/\d+$/)
  return Number(new URL(page.url()).pathname.split('/').pop())
}

async function expectStatus(label) {
  await testId('status-tag').filter({ hasText: label }).first().waitFor()
}

async function createAndSubmit() {
  await login('zone_jinan')
  await testId('menu-/filings/new').click()
  await page.waitForURL(/\/filings\/new$/)
  await fillFiling(FILING)
  const id = await submitFiling()
  await expectStatus('待对方确认')
  return id
}

/** Button labels on the open task page. */
async function decisionLabels() {
  const labels = []
  for (const id of ['task-approve', 'task-return', 'task-reject']) {
    if (await testId(id).count()) labels.push((await testId(id).innerText()).trim())
  }
  return labels
}

/** Opens the task of the filing from the user's 待办 list; returns the task id (from the URL). */
async function openTask(username, filingId) {
  await login(username)
  await testId('menu-/tasks').click()
  await page.waitForURL(/\/tasks$/)
  await testId('task-tab-label').filter({ hasText: /待办 [1-9]\d*/ }).waitFor()
  await testId(`task-handle-${filingId}`).click()
  await page.waitForURL(/\/tasks\/[^/?]+$/)
  await testId('filing-descriptions').waitFor()
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop())
}

/** The user decides the filing's task with the button of that label. */
async function decide(username, filingId, expectedButtons, label, opinion, screenshotName) {
  const taskId = await openTask(username, filingId)
  const labels = await decisionLabels()
  check(JSON.stringify(labels) === JSON.stringify(expectedButtons), `buttons ${labels} instead of ${expectedButtons}`)
  await testId('task-opinion').fill(opinion)
  if (screenshotName) await shot(screenshotName)
  await page.locator('[data-testid^="task-"]').filter({ hasText: new RegExp(`^${label}$`) }).click()
  await toast(`已办理：${label}`).waitFor()
  await page.waitForURL(/\/tasks$/)
  return taskId
}

const REVIEW_BUTTONS = ['通过', '退回修改', '不予备案']

/** Reloads the filing page until its status reads `label` (the provincial join runs asynchronously). */
async function waitForStatus(filingId, label, seconds = 20) {
  const until = Date.now() + seconds * 1000
  for (;;) {
    await page.goto(`${BASE_URL}/filings/${filingId}`)
    await testId('status-tag').first().waitFor()
    if ((await testId('status-tag').first().innerText()).includes(label)) return
    check(Date.now() < until, `filing #${filingId} is not "${label}" after ${seconds} s`)
    await page.waitForTimeout(1500)
  }
}

/** The diagram is drawn (svg) and carries the given marker classes. */
async function expectDiagram(...markers) {
  const diagram = testId('process-diagram')
  await diagram.locator('svg .djs-element').first().waitFor()
  for (const marker of markers) {
    const count = await diagram.locator(`svg .${marker}`).count()
    check(count > 0, `diagram lacks elements marked ${marker}`)
  }
}

/** Dark pixels of a canvas (r, g or b below 200): a page pdf.js drew with text and a box has thousands. */
const inkedPixels = (canvas) =>
  canvas.evaluate((element) => {
    const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height)
    let inked = 0
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked += 1
    return inked
  })

/**
 * Previews the PDF `fileName` listed in the card `container`: pdf.js draws page 1 of 2 into a canvas (not
 * blank), the screenshot `name` is taken, page 2 and the zoom work, Escape closes it.
 */
async function expectPdfPreview(container, fileName, name) {
  await page
    .locator(`[data-testid="${container}"] tr`, { hasText: fileName })
    .locator('button[data-testid^="attachment-preview-"]')
    .first()
    .click()
  const drawn = (n) => page.locator(`[data-testid="attachment-preview-canvas"][data-drawn-page="${n}"]`)
  await drawn(1).waitFor()
  const canvas = testId('attachment-preview-canvas')
  check((await canvas.getAttribute('data-pages')) === '2', `the preview counts ${await canvas.getAttribute('data-pages')} pages`)
  await testId('pdf-page-no').filter({ hasText: '第 1 / 2 页' }).waitFor()
  const inked = await inkedPixels(canvas)
  check(inked > 2000, `the drawn PDF page looks blank (${inked} dark pixels)`)
  console.log(`    ${fileName}: page 1 of 2 drawn, ${inked} dark pixels`)
  await shot(name)
  await testId('pdf-next').click()
  await drawn(2).waitFor()
  await testId('pdf-page-no').filter({ hasText: '第 2 / 2 页' }).waitFor()
  const before = await testId('pdf-zoom').innerText()
  await testId('pdf-zoom-in').click()
  await page.waitForFunction((old) => document.querySelector('[data-testid="pdf-zoom"]')?.textContent?.trim() !== old, before.trim())
  await drawn(2).waitFor()
  await page.keyboard.press('Escape')
  await canvas.waitFor({ state: 'detached' })
}

/** The bell's unread count once it has loaded (it is fetched after the page mounts); 0 if none arrives in 10 s. */
async function unreadCount() {
  await testId('notification-bell').waitFor()
  const counter = testId('notification-unread')
  const loaded = await page
    .waitForFunction((el) => Number(el.getAttribute('data-count')) > 0, await counter.elementHandle(), { timeout: 10000 })
    .then(() => true, () => false)
  return loaded ? Number(await counter.getAttribute('data-count')) : 0
}

let firstId
let firstNo
let secondId
let thirdId
let cityTaskOfSecond

await step('login-page-chinese-and-wrong-password', async () => {
  await openSession()
  check((await page.locator('html').getAttribute('lang')) === 'zh-CN', 'page language is not zh-CN')
  await page.getByText('区校联动结对备案平台').first().waitFor()
  await testId('login-username').fill('zone_jinan')
  await testId('login-password').fill('wrong-password')
  await testId('login-submit').click()
  await testId('login-error').waitFor()
  const message = await testId('login-error').innerText()
  check(message.includes('用户名或密码错误'), `unexpected login error: ${message}`)
})

await step('a-zone-creates-and-submits-filing', async () => {
  firstId = await createAndSubmit()
  console.log(`    filing #${firstId} submitted`)
  const text = await testId('filing-descriptions').innerText()
  for (const expected of ['山东大学', '产业协同布局', '科技成果转化', FILING.industry, FILING.zoneContact.name, FILING.universityContact.email]) {
    check(text.includes(expected), `detail page lacks "${expected}"`)
  }
  const content = [
    await testId('filing-mechanisms').innerText(),
    await testId('filing-projects').innerText(),
    await testId('filing-attachments').innerText(),
  ].join('\n')
  for (const expected of [FILING.mechanisms.mechanismBenefit, FILING.targets2028, FILING.project.name, '中试基地', '合作协议.pdf']) {
    check(content.includes(expected), `detail page lacks "${expected}"`)
  }
  await testId('flow-state-text').filter({ hasText: '等待结对对方确认' }).waitFor()
  await expectDiagram('flow-active', 'flow-passed')
  await shot('a-diagram-awaiting-confirmation', 'process-diagram')
  const timeline = await testId('flow-timeline').first().innerText()
  for (const expected of ['提交备案', '对方确认', '办理中']) check(timeline.includes(expected), `timeline lacks "${expected}"`)
})

await step('a-zone-sees-filing-awaiting-confirmation-in-list', async () => {
  await testId('menu-/filings').click()
  await page.waitForURL(/\/filings$/)
  const row = page.locator('tr', { has: testId(`filing-view-${firstId}`) })
  await row.filter({ hasText: '待对方确认' }).waitFor()
})

await step('b-university-confirms-in-its-tasks', async () => {
  await decide('univ_sdu', firstId, ['确认结对', '不同意结对'], '确认结对', '同意结对，支持联合攻关', 'b-task-page')
  // A university operator may not open the system administrator's pages.
  await page.goto(`${BASE_URL}/admin/users`)
  check((await testId('forbidden').innerText()).includes('无权访问'), 'no refusal for a page of another role')
})

await step('c-city-claims-and-ccs-province-st', async () => {
  // 签收 in the 待办 list: the 签收人 column names the reviewer
  await login('city_jinan')
  await testId('menu-/tasks').click()
  await page.waitForURL(/\/tasks$/)
  await testId(`task-claim-${firstId}`).click()
  await toast('已签收').waitFor()
  await testId(`task-assignee-${firstId}`).filter({ hasText: '济南市科技局审核员' }).waitFor()
  await testId(`task-unclaim-${firstId}`).waitFor()
  // 抄送 from the task page to 省科技厅
  await testId(`task-handle-${firstId}`).click()
  await page.waitForURL(/\/tasks\/[^/?]+$/)
  await testId('filing-descriptions').waitFor()
  await testId('task-cc').click()
  await testId('cc-dialog').waitFor()
  // open the picker once the dialog has settled (the candidates load when it opens)
  const option = testId('cc-option-prov_st')
  for (let tries = 0; !(await option.isVisible()); tries++) {
    check(tries < 10, 'the CC picker does not open')
    await testId('cc-to').click()
    await page.waitForTimeout(300)
  }
  await option.click()
  // close the (multiple-choice) dropdown by clicking the dialog's title
  await page.locator('.el-dialog__title').filter({ hasText: '抄送备案' }).click()
  await testId('cc-note').fill('请提前关注该结对')
  await shot('c-city-cc-dialog')
  await testId('cc-submit').click()
  await toast('已抄送1人').waitFor()
  await testId('timeline-side-action').filter({ hasText: '抄送' }).first().waitFor()
  const timeline = (await testId('flow-timeline').allInnerTexts()).join('\n')
  check(timeline.includes('省科技厅高新区处审核员'), 'timeline lacks the CC receiver')
  // the CC'd user sees the notification
  await login('prov_st')
  await testId('notification-bell-button').click()
  await page.waitForURL(/\/notifications$/)
  await testId('notification-table').locator('tbody tr').first().waitFor()
  const text = await testId('notification-table').innerText()
  check(text.includes('抄送：') && text.includes('请提前关注该结对'), 'prov_st has no CC notification')
})

await step('c-city-approves', async () => {
  await openTask('city_jinan', firstId)
  await page.goBack()
  await page.waitForURL(/\/tasks$/)
  const due = await testId(`task-due-${firstId}`).innerText()
  check(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(due), `no due date in the task list: "${due}"`)
  await decide('city_jinan', firstId, REVIEW_BUTTONS, '通过', '同意上报')
})

await step('d-province-st-approves', async () => {
  await decide('prov_st', firstId, REVIEW_BUTTONS, '通过', '同意备案')
})

await step('d-province-edu-approves', async () => {
  await decide('prov_edu', firstId, ['通过', '退回修改'], '通过', '同意会审')
  // The provincial join runs asynchronously: the UI says the system is still at work.
  await toast('已提交，系统正在办理，请稍后刷新').waitFor()
})

await step('e-zone-sees-approval-number-diagram-and-timeline', async () => {
  await login('zone_jinan')
  await waitForStatus(firstId, '备案通过')
  const filingNo = (await testId('filing-no').innerText()).trim()
  check(/^鲁区校备/.test(filingNo), `unexpected filing number "${filingNo}"`)
  console.log(`    filing number ${filingNo}`)
  firstNo = filingNo
  await expectDiagram('flow-passed', 'flow-taken')
  await shot('e-approved-detail')
  await shot('e-diagram-approved', 'process-diagram')
  await shot('e-timeline-approved', 'flow-timeline')
  const timeline = (await testId('flow-timeline').allInnerTexts()).join('\n')
  for (const expected of ['提交备案', '对方确认', '市科技局初审', '省科技厅审核', '省教育厅会审', '同意上报', '同意备案', '同意会审', '备案通过']) {
    check(timeline.includes(expected), `timeline lacks "${expected}"`)
  }
  await testId('menu-/filings').click()
  await page.locator('tr', { has: testId(`filing-view-${firstId}`) }).filter({ hasText: filingNo }).waitFor()
})

await step('e-zone-searches-the-list-and-previews-the-agreement', async () => {
  const rows = page.locator('[data-testid="filing-table"] .el-table__body-wrapper tr.el-table__row')
  // by partner name: the search goes into the URL and survives a refresh
  await page.goto(`${BASE_URL}/filings`)
  await inputOf('filing-q').fill(FILING.university)
  await inputOf('filing-q').press('Enter')
  await page.waitForURL(/[?&]q=/)
  await page.locator('tr', { has: testId(`filing-view-${firstId}`) }).waitFor()
  await page.reload()
  await page.locator('tr', { has: testId(`filing-view-${firstId}`) }).waitFor()
  check((await inputOf('filing-q').inputValue()) === FILING.university, 'the search was lost on refresh')
  // by the filing number: exactly this filing
  await inputOf('filing-q').fill(firstNo)
  await inputOf('filing-q').press('Enter')
  await page.locator('tr', { has: testId(`filing-view-${firstId}`) }).filter({ hasText: firstNo }).waitFor()
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="filing-table"] .el-table__body-wrapper tr.el-table__row').length === 1,
  )
  check((await rows.count()) === 1, `the number matched ${await rows.count()} filings`)
  await shot('e-list-searched-by-number')
  // the signed agreement shown inside the page
  await testId(`filing-view-${firstId}`).click()
  await page.waitForURL(new RegExp(`/filings/${firstId}$`))
  await expectPdfPreview('filing-attachments', '合作协议.pdf', 'e-pdf-preview')
})

await step('f-zone-submits-second-filing-and-university-confirms', async () => {
  secondId = await createAndSubmit()
  console.log(`    filing #${secondId} submitted`)
  await decide('univ_sdu', secondId, ['确认结对', '不同意结对'], '确认结对', '同意')
})

await step('f-city-returns-second-filing', async () => {
  await openTask('city_jinan', secondId)
  await testId('task-return').click()
  await page.getByText('请填写退回修改的理由或意见').waitFor()
  await testId('task-opinion').fill('请补充联系人邮箱')
  // the opinion concerns the contacts: the part 目标与期限 of the form
  await testId('task-section').click()
  await pickOption('目标与期限')
  await shot('f-city-return-with-opinion')
  await testId('task-return').click()
  await toast('已办理：退回修改').waitFor()
  await page.waitForURL(/\/tasks$/)
})

await step('f-zone-sees-return-opinion-and-bell', async () => {
  await login('zone_jinan')
  const unread = await unreadCount()
  check(unread > 0, `bell shows ${unread} unread`)
  console.log(`    bell: ${unread} unread`)
  await testId('menu-/filings').click()
  await page.locator('tr', { has: testId(`filing-view-${secondId}`) }).filter({ hasText: '退回修改' }).waitFor()
  await testId(`filing-view-${secondId}`).click()
  await page.waitForURL(new RegExp(`/filings/${secondId}$`))
  await testId('review-opinions').filter({ hasText: '请补充联系人邮箱' }).filter({ hasText: '涉及：目标与期限' }).waitFor()
  await expectDiagram('flow-active')
  await shot('f-returned-detail')
  await shot('f-diagram-returned', 'process-diagram')
})

await step('f-zone-opens-revision-from-tasks', async () => {
  await testId('menu-/tasks').click()
  await testId(`task-handle-${secondId}`).filter({ hasText: '修改' }).click()
  await page.waitForURL(new RegExp(`/filings/${secondId}/edit$`))
  // all rounds in one panel; the step the opinion concerns is marked and shows it beside its fields
  await testId('review-opinions').filter({ hasText: '请补充联系人邮箱' }).waitFor()
  await testId('step-opinion-count-targets').filter({ hasText: '1条意见' }).waitFor()
  check((await testId('step-opinion-count-parties').count()) === 0, 'a step without opinions is marked')
  check((await testId('step-opinions-parties').count()) === 0, 'the first step shows an opinion that concerns another')
  await testId('review-opinions').getByTestId('opinion-section').filter({ hasText: '目标与期限' }).click()
  await testId('step-panel-targets').waitFor()
  const beside = await testId('step-opinions-targets').innerText()
  check(beside.includes('请补充联系人邮箱') && beside.includes('第1轮') && beside.includes('市科技局初审'), `beside the step: ${beside}`)
  await shot('f-opinion-beside-its-step')
})

await step('f-fake-pdf-is-refused-in-chinese', async () => {
  await uploadAttachment('AGREEMENT', FAKE_PDF)
  const error = testId('attachment-error-AGREEMENT')
  await error.waitFor()
  const message = await error.innerText()
  check(/只能上传PDF文件/.test(message) && /文本/.test(message), `unexpected upload error: ${message}`)
  check(!(await testId('attachment-table').innerText()).includes('伪装的协议.pdf'), 'the fake PDF was listed')
})

await step('f-network-error-keeps-form', async () => {
  const email = 'contact@sdu.edu.cn'
  await openStep('targets')
  await testId('universityContact-email').fill(email)
  await page.route('**/api/filings/*/submit', (route) => route.abort('internetdisconnected'))
  await testId('submit-filing').click()
  await toast('网络异常，请稍后重试').waitFor()
  await page.unroute('**/api/filings/*/submit')
  check(page.url().endsWith(`/filings/${secondId}/edit`), 'left the form after a network error')
  check((await testId('universityContact-email').inputValue()) === email, 'form content lost after a network error')
})

await step('f-zone-resubmits', async () => {
  check((await submitFiling()) === secondId, 'resubmit led to another filing')
  await expectStatus('市科技局初审中')
  const timeline = (await testId('flow-timeline').allInnerTexts()).join('\n')
  check(timeline.includes('修改后重新提交'), 'timeline lacks the resubmission')
  check((await testId('timeline-round').count()) === 2, 'timeline does not show two rounds')
})

await step('f-zone-reads-notifications', async () => {
  await testId('notification-bell-button').click()
  await page.waitForURL(/\/notifications$/)
  await testId('notification-table').locator('tbody tr').first().waitFor()
  const text = await testId('notification-table').innerText()
  check(text.includes('修改后重新提交'), 'no notification about the return')
  // The revision task is done: its notification now leads to the filing.
  await page.locator('[data-testid^="notification-open-"]').filter({ hasText: '修改后重新提交' }).first().click()
  await page.waitForURL(new RegExp(`/filings/${secondId}$`))
  await testId('menu-/notifications').click()
  await page.waitForURL(/\/notifications$/)
  await testId('notification-table').locator('tbody tr').first().waitFor()
  await testId('notification-read-all').click()
  await toast('已全部标为已读').waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="notification-unread"]')?.getAttribute('data-count') === '0')
})

await step('g-zone-withdraws-third-filing', async () => {
  thirdId = await createAndSubmit()
  console.log(`    filing #${thirdId} submitted`)
  await testId('filing-withdraw').click()
  await testId('withdraw-confirm').click()
  await page.getByText('请填写撤回原因').first().waitFor()
  await testId('withdraw-reason').fill('合作单位信息有误，撤回后重新发起')
  await testId('withdraw-confirm').click()
  await toast('备案已撤回').waitFor()
  await expectStatus('已撤回')
  check((await testId('filing-withdraw').count()) === 0, 'withdraw button still shown')
  const timeline = (await testId('flow-timeline').allInnerTexts()).join('\n')
  check(timeline.includes('合作单位信息有误'), 'timeline lacks the withdrawal reason')
})

let unitFilingId

await step('i-zone-files-with-a-university-unit-as-subject', async () => {
  await login('zone_jinan')
  await testId('menu-/filings/new').click()
  await page.waitForURL(/\/filings\/new$/)
  await fillFiling({ ...FILING, university: '山东大学控制科学与工程学院' })
  const facts = await testId('subject-facts').textContent()
  check(facts.includes('内设机构') && facts.includes('所属高校：山东大学'), `subject facts: ${facts}`)
  // an internal unit needs its university's signed consent
  await uploadAttachment('CONSENT', CONSENT_PDF)
  await page.locator('[data-testid="attachment-table"]').filter({ hasText: '法人单位同意书.pdf' }).waitFor()
  await shot('i-unit-filing-attachments')
  unitFilingId = await submitFiling()
  console.log(`    filing #${unitFilingId} submitted (subject: a unit)`)
  await expectStatus('待对方确认')
})

await step('i-unit-operator-confirms', async () => {
  await decide('unit_sdu', unitFilingId, ['确认结对', '不同意结对'], '确认结对', '学院同意与济南高新区结对', 'i-unit-confirm-task')
  await waitForStatus(unitFilingId, '待法人单位同意')
  await testId('flow-state-text').filter({ hasText: '等待法人单位（所属高校）同意' }).waitFor()
})

await step('i-university-gives-legal-entity-consent', async () => {
  await openTask('univ_sdu', unitFilingId)
  check((await testId('task-name').innerText()).includes('法人单位同意'), 'not the consent task')
  const labels = await decisionLabels()
  check(JSON.stringify(labels) === JSON.stringify(['同意', '不同意']), `buttons ${labels}`)
  check((await testId('task-section').count()) === 0, 'the consent offers a section choice')
  // the signed consent, drawn on the task page
  await expectPdfPreview('filing-attachments', '法人单位同意书.pdf', 'i-consent-pdf-on-task-page')
  await testId('task-opinion').fill('同意控制学院与济南高新区结对')
  await shot('i-university-consent-task')
  await testId('task-approve').click()
  await toast('已办理：同意').waitFor()
  await page.waitForURL(/\/tasks$/)
  await waitForStatus(unitFilingId, '市科技局初审中')
  const timeline = (await testId('flow-timeline').allInnerTexts()).join('\n')
  for (const expected of ['对方确认', '学院同意与济南高新区结对', '法人单位同意', '同意控制学院与济南高新区结对', '市科技局初审']) {
    check(timeline.includes(expected), `timeline lacks "${expected}"`)
  }
  await expectDiagram('flow-active', 'flow-passed')
})

await step('i-city-has-the-review', async () => {
  await openTask('city_jinan', unitFilingId)
  check(JSON.stringify(await decisionLabels()) === JSON.stringify(REVIEW_BUTTONS), 'the city cannot review the unit filing')
  const text = await testId('filing-descriptions').innerText()
  check(text.includes('山东大学控制科学与工程学院'), 'the task page lacks the unit')
})

await step('h-refusal-pages-are-chinese', async () => {
  cityTaskOfSecond = await openTask('city_jinan', secondId)
  await login('zone_jinan')
  await page.goto(`${BASE_URL}/tasks/${encodeURIComponent(cityTaskOfSecond)}`)
  const refusal = await testId('task-unavailable').innerText()
  check(refusal.includes('无权办理'), `unexpected task refusal: ${refusal}`)
  await page.goto(`${BASE_URL}/admin`)
  const denied = await testId('forbidden').innerText()
  check(denied.includes('无权访问'), `unexpected page refusal: ${denied}`)
})

await step('empty-form-shows-chinese-validation', async () => {
  await testId('menu-/filings/new').click()
  await page.waitForURL(/\/filings\/new$/)
  // the partner suggestions load last and move the page: submit once they are there
  await page.locator('[data-testid="suggestion-score"], [data-testid="suggestions-empty"]').first().waitFor()
  await testId('submit-filing').click()
  // the form opens the first step with an error
  await page.locator('.el-form-item__error:visible').filter({ hasText: '请选择结对高校' }).waitFor()
  await openStep('targets')
  await page.locator('.el-form-item__error:visible').filter({ hasText: '请输入手机号' }).first().waitFor()
  await openStep('attachments')
  await testId('attachment-error-AGREEMENT').filter({ hasText: '请上传双方签署的合作协议' }).waitFor()
  check(page.url().endsWith('/filings/new'), 'an empty form was submitted')
})

await step('logout-and-login-again', async () => {
  await testId('logout').click()
  await page.waitForURL(/\/login/)
  // Logging out drops the XSRF cookie; the login page must fetch a new one before the next login.
  await testId('login-username').fill('zone_jinan')
  await testId('login-password').fill(PASSWORD)
  await testId('login-submit').click()
  await page.waitForURL(/\/filings$/)
})

await browser.close()
fs.rmSync(FILES_DIR, { recursive: true, force: true })
console.log('journey ok')
