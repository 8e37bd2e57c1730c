// Prints the JavaScript the first screens load: /login (signed out) and 待办 /tasks (a reviewer, opened
// directly with a session), each in a fresh browser cache. Figures: every script response's size as served
// and gzip-compressed here (node's zlib, level 6), whatever encoding the server used.
//   BASE_URL=http://localhost:8080 node e2e/js-size.mjs
import { gzipSync } from 'node:zlib'
import { BASE_URL, browser, login, page, start } from './lib.mjs'

await start({ label: 'js-size' })

/** Loads `path` in a new page of `context` and returns the scripts it fetched: [{file, bytes, gzip}]. */
async function scriptsOf(context, path, ready) {
  const tab = await context.newPage()
  const responses = []
  tab.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response)
  })
  await tab.goto(`${BASE_URL}${path}`)
  await tab.getByTestId(ready).waitFor()
  await tab.waitForLoadState('networkidle')
  const scripts = []
  for (const response of responses) {
    const body = await response.body()
    scripts.push({ file: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length })
  }
  await tab.close()
  return scripts
}

function report(label, scripts) {
  const kb = (n) => (n / 1024).toFixed(1)
  const total = scripts.reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, gzip: sum.gzip + s.gzip }), { bytes: 0, gzip: 0 })
  console.log(`${label}: ${scripts.length} JS files, ${kb(total.bytes)} KiB, gzip ${kb(total.gzip)} KiB`)
  for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${s.file}  ${kb(s.bytes)} KiB, gzip ${kb(s.gzip)} KiB`)
}

const signedOut = await browser.newContext()
report('/login', await scriptsOf(signedOut, '/login', 'login-username'))
await signedOut.close()

// a session from the login page, then /tasks in a new context (empty cache) with its cookies
await login('city_jinan')
const signedIn = await browser.newContext({ storageState: await page.context().storageState() })
report('/tasks (待办)', await scriptsOf(signedIn, '/tasks', 'task-tab-label'))
await signedIn.close()

await browser.close()
console.log('js-size ok')
