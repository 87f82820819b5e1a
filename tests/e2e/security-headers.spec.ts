/**
 * The site's security headers and Content-Security-Policy in Chromium, on the built site served by
 * the production site server (tests/dist/site, built with CMS_PUBLIC_URL=https://cms.example.org).
 * Pages, the search island with a query and the newsletter forms (with JavaScript and as a plain
 * form post) must run without a single policy violation. The CMS is stubbed at the network level:
 * the browser still checks the policy and CORS before a stubbed request is answered.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { HOSTILE, MINIMAL } from '../support/siteFixtures'

const PUBLIC_CMS = 'https://cms.example.org'

type Watch = { problems: string[] }

/**
 * Collect `securitypolicyviolation` events of the page and console errors of the page and its
 * workers. The listener is installed by the browser before any page script (not as an inline
 * script, which the policy would refuse), and reports through a binding.
 */
async function watchPolicy(context: BrowserContext, page: Page): Promise<Watch> {
  const watch: Watch = { problems: [] }
  await context.exposeFunction('__reportCspViolation', (text: string) => watch.problems.push(`violation: ${text}`))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
      void report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') watch.problems.push(`console: ${message.text()}`)
  }
  page.on('console', onConsole)
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`))
  page.on('worker', (worker) => worker.on('console', onConsole))
  return watch
}

/** Answer the newsletter endpoint as the CMS does for the site's origin: CORS without credentials. */
async function stubCms(context: BrowserContext, siteOrigin: string): Promise<void> {
  await context.route(`${PUBLIC_CMS}/api/subscribers/subscribe`, async (route) => {
    const cors = { 'access-control-allow-origin': siteOrigin, vary: 'Origin' }
    if (route.request().headers()['accept'] === 'application/json') {
      await route.fulfill({ status: 202, headers: cors, contentType: 'application/json', body: '{"ok":true}' })
    } else {
      await route.fulfill({ status: 303, headers: { ...cors, location: `${siteOrigin}/nieuwsbrief/bedankt` } })
    }
  })
}

async function openWatched(context: BrowserContext): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage()
  const watch = await watchPolicy(context, page)
  return { page, watch }
}

test('every response carries the security headers, with a strict policy from the release', async ({ request }) => {
  for (const pathname of ['/', `/nieuws/${MINIMAL.news}`, '/zoeken', '/bestaat-niet', '/healthz']) {
    const response = await request.get(pathname)
    const headers = response.headers()
    const policy = headers['content-security-policy'] ?? ''
    expect(policy, pathname).toMatch(/(^|; )default-src 'self'(;|$)/)
    expect(policy, pathname).toMatch(/frame-ancestors 'none'/)
    expect(policy, pathname).not.toContain('unsafe-inline')
    expect(headers['x-content-type-options'], pathname).toBe('nosniff')
    expect(headers['referrer-policy'], pathname).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], pathname).toMatch(/camera=\(\)/)
  }
  const policy = (await request.get('/')).headers()['content-security-policy'] ?? ''
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/)
  expect(policy).toContain(`form-action 'self' ${PUBLIC_CMS}`)
  expect(policy).toContain(`connect-src 'self' ${PUBLIC_CMS}`)
  expect(policy).toContain("img-src 'self' data:")
})

test('the home page and a news page run without a policy violation', async ({ browser }) => {
  const context = await browser.newContext()
  const { page, watch } = await openWatched(context)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(`/nieuws/${HOSTILE.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bericht met')
  await page.waitForLoadState('networkidle')
  expect(watch.problems).toEqual([])
  await context.close()
})

test('the search island loads its worker and index and finds results without a violation', async ({ browser }) => {
  const context = await browser.newContext()
  const { page, watch } = await openWatched(context)
  await page.goto('/zoeken')
  await page.locator('astro-island:not([ssr])').waitFor()
  await page.getByRole('main').getByRole('searchbox', { name: 'Zoekterm' }).pressSequentially('Dokwerk', { delay: 20 })
  await expect(page.locator('.mao-zoeken__result-title').first()).toContainText('Dokwerk')
  expect(watch.problems).toEqual([])
  await context.close()
})

test('the newsletter forms reach the CMS, with JavaScript and as a plain post, without a violation', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext()
  await stubCms(context, new URL(baseURL!).origin)
  const { page, watch } = await openWatched(context)
  await page.goto('/nieuwsbrief')
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' })
  await page.getByRole('main').getByLabel('E-mailadres').fill('csp@example.org')
  await page.getByRole('main').getByRole('button', { name: 'Aanmelden voor de nieuwsupdate' }).click()
  await expect(page.getByRole('status')).toContainText('Bijna klaar: bevestig je aanmelding')

  // The footer form is a plain form post to the CMS (form-action).
  const footerForm = page.locator('form.mao-footer-newsletter')
  await footerForm.getByLabel('Je e-mailadres').fill('csp-footer@example.org')
  await footerForm.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\/bedankt$/)
  expect(watch.problems).toEqual([])
  await context.close()
})

test('the watch does see a violation: an injected inline script is refused', async ({ browser }) => {
  const context = await browser.newContext()
  const { page, watch } = await openWatched(context)
  await page.goto('/')
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.head.append(script)
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => watch.problems.some((problem) => problem.startsWith('violation: script-src'))).toBe(true)
  await context.close()
})
