// The browser plumbing both journeys share: launch, numbered steps with screenshots, login, locators.
//   import { page, start, step, login, testId, ... } from './lib.mjs'
// `page` is a live binding: it is the page of the current session and changes with each login.
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? './test-results'
export const PASSWORD = 'Demo@2026!'
export const TIMEOUT = 15_000
const CHROMIUM = '/usr/bin/chromium'

export let browser = null
export let page = null
let stepNo = 0
let screenshotPrefix = ''
let contextOptions = {}

/**
 * Launches the browser; stops the run when Chromium is missing.
 * `label` names the journey in the failure message, `prefix` starts every screenshot's file name,
 * `context` adds to (or overrides) the options of each new browser session.
 */
export async function start({ label, prefix = '', context = {} }) {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`${label} FAILED: ${CHROMIUM} is missing (apt-get install chromium)`)
    process.exit(1)
  }
  screenshotPrefix = prefix
  contextOptions = context
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export function check(condition, message) {
  if (!condition) throw new Error(message)
}

const screenshotFile = (name) =>
  path.join(SCREENSHOT_DIR, `${screenshotPrefix}${String(stepNo).padStart(2, '0')}-${name}.png`)

export async function screenshot(name) {
  if (!page) return
  await page.waitForTimeout(400) // let Element Plus transitions finish
  await page.screenshot({ path: screenshotFile(name), fullPage: true })
}

/** An extra screenshot inside a step (the page itself, or one element scrolled into view). */
export async function shot(name, testIdOfElement) {
  await page.waitForTimeout(400)
  const file = screenshotFile(name)
  if (testIdOfElement) {
    const element = page.getByTestId(testIdOfElement).first()
    await element.scrollIntoViewIfNeeded()
    await element.screenshot({ path: file })
  } else {
    await page.screenshot({ path: file, fullPage: true })
  }
}

/** Runs one step; stops the whole run with a screenshot on the first failure. */
export async function step(name, action) {
  stepNo += 1
  console.log(`[${stepNo}] ${name} ...`)
  try {
    await action()
    await screenshot(name)
    console.log(`[${stepNo}] ${name}: ok`)
  } catch (error) {
    await screenshot(`${name}-FAILED`).catch(() => {})
    console.error(`[${stepNo}] ${name}: FAILED\n${error.stack ?? error}`)
    await browser.close()
    process.exit(1)
  }
}

/** A fresh browser session (own cookies) on the login page. */
export async function openSession() {
  await page?.context().close()
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...contextOptions,
  })
  context.setDefaultTimeout(TIMEOUT)
  page = await context.newPage()
  await page.goto(`${BASE_URL}/login`)
  await page.getByTestId('login-username').waitFor()
}

export async function login(username, password = PASSWORD) {
  await openSession()
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('user-display-name').waitFor()
}

export const testId = (id) => page.getByTestId(id)
export const toast = (text) => page.locator('.el-message').filter({ hasText: text }).first()

/** Clicks the visible drop-down option whose text is exactly `label` (or contains it, with exact = false). */
export async function pickOption(label, exact = true) {
  await page
    .locator('.el-select-dropdown__item:visible')
    .filter({ has: page.locator('span', { hasText: exact ? new RegExp(`^${label}$`) : label }) })
    .first()
    .click()
}
