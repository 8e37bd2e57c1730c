// The JavaScript a browser downloads for the login page and then for the 待办 page (cold cache),
// raw and gzipped (zlib level 6, what a web server's gzip typically sends). Real Chromium through
// the frontend's playwright-core. Usage: node bench/pagesize.mjs http://127.0.0.1:8109
import { createRequire } from 'node:module'
import path from 'node:path'
import zlib from 'node:zlib'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { chromium } = createRequire(path.join(root, 'frontend/package.json'))('playwright-core')
const base = process.argv[2] ?? 'http://127.0.0.1:8109'

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await browser.newPage()
// one entry per URL: a chunk that is both preloaded and imported is downloaded once
let scripts = new Map()
page.on('response', async (response) => {
  if (response.request().resourceType() !== 'script') return
  const body = await response.body().catch(() => null)
  const url = new URL(response.url()).pathname
  if (body) scripts.set(url, { url, raw: body.length, gz: zlib.gzipSync(body).length })
})
const sum = (list, key) => list.reduce((s, x) => s + x[key], 0)
const kb = (bytes) => (bytes / 1024).toFixed(1)

await page.goto(`${base}/login`, { waitUntil: 'networkidle' })
await page.getByTestId('login-username').waitFor()
const loginPage = [...scripts.values()]
scripts = new Map()
await page.getByTestId('login-username').fill('prov_st')
await page.getByTestId('login-password').fill('Demo@2026!')
await page.getByTestId('login-submit').click()
await page.waitForURL((url) => !url.pathname.startsWith('/login'))
await page.goto(`${base}/tasks`, { waitUntil: 'networkidle' })
const tasksExtra = [...scripts.values()].filter((s) => !loginPage.some((l) => l.url === s.url))
await browser.close()

console.log('| page | scripts | JS raw KB | JS gzip KB |')
console.log('|---|---|---|---|')
console.log(`| login (/login, cold cache) | ${loginPage.length} | ${kb(sum(loginPage, 'raw'))} | ${kb(sum(loginPage, 'gz'))} |`)
console.log(`| 待办 (/tasks) after login: more chunks | ${tasksExtra.length} | ${kb(sum(tasksExtra, 'raw'))} | ${kb(sum(tasksExtra, 'gz'))} |`)
const all = [...loginPage, ...tasksExtra]
console.log(`| 待办 total (login + 待办 chunks) | ${all.length} | ${kb(sum(all, 'raw'))} | ${kb(sum(all, 'gz'))} |`)
for (const s of all.sort((a, b) => b.gz - a.gz).slice(0, 8)) console.log(`  ${s.url}: ${kb(s.raw)} KB raw, ${kb(s.gz)} KB gz`)
