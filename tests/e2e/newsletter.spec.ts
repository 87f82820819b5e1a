/**
 * The newsletter pages of the built site (tests/dist/site, built by site-build.int.spec.ts with
 * CMS_PUBLIC_URL=https://cms.example.org) against a live CMS: this spec starts the Payload REST
 * API on a fresh database, a Resend stub, and routes the browser's requests for
 * https://cms.example.org to that API. Sign-up with and without JavaScript, confirming and
 * unsubscribing with the buttons, the archive, and axe on every page.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { expectAxeClean } from '../support/axe.ts'
import { NEWSLETTER_FIXTURE } from '../support/newsletterFixtures.ts'
import { startResendStub, type ResendStub } from '@mao/resend-stub'

const PUBLIC_CMS = 'https://cms.example.org'
const dir = mkdtempSync(path.join(tmpdir(), 'mao-newsletter-e2e-'))
let payload: Payload
let stub: ResendStub
let cms: { url: string; close: () => Promise<void> }

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  stub = await startResendStub()
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'newsletter-e2e-secret',
    SITE_URL: process.env.SITE_E2E_URL,
    CMS_PUBLIC_URL: PUBLIC_CMS,
    RESEND_API_KEY: 're_e2e',
    RESEND_BASE_URL: stub.url,
    NEWSLETTER_AUTORUN: 'false',
    REBUILD_ENABLED: 'false',
  })
  const { getTestPayload, startRestServer } = await import('@mao/cms/testing')
  payload = await getTestPayload()
  cms = await startRestServer()
})

test.afterAll(async () => {
  await cms?.close()
  await stub?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Send the browser's requests for the public CMS address to the test CMS, redirects untouched. */
async function withCms(context: BrowserContext): Promise<void> {
  await context.route(`${PUBLIC_CMS}/**`, async (route) => {
    const url = route.request().url().replace(PUBLIC_CMS, cms.url)
    const response = await route.fetch({ url, maxRedirects: 0 })
    await route.fulfill({ response })
  })
}

async function newPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled })
  await withCms(context)
  return context.newPage()
}

const subscriber = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs[0]

test('signing up works without JavaScript', async ({ browser }) => {
  const page = await newPage(browser, false)
  await page.goto('/nieuwsbrief')
  await page.getByRole('main').getByLabel('E-mailadres').fill('zonder-js@example.org')
  await page.getByRole('button', { name: 'Aanmelden voor de nieuwsupdate' }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\/bedankt$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')
  // The sign-up is processed just after the answer: its mail goes out once it is stored.
  await stub.waitFor(() => stub.emails.some((email) => email.to.includes('zonder-js@example.org')))
  expect((await subscriber('zonder-js@example.org'))?.status).toBe('pending')
  await page.context().close()
})

test('without JavaScript an address the CMS refuses comes back with the error on the page', async ({ browser }) => {
  const page = await newPage(browser, false)
  await page.goto('/nieuwsbrief')
  await page.getByRole('main').getByLabel('E-mailadres').fill('naam@zonder-punt') // the browser accepts it, the CMS does not
  await page.getByRole('button', { name: 'Aanmelden voor de nieuwsupdate' }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\?fout=email#fout-email$/)
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible()
  await page.context().close()
})

test('with JavaScript the form signs up in place and announces it', async ({ browser }) => {
  const page = await newPage(browser)
  await page.goto('/nieuwsbrief')
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' })
  await page.getByRole('main').getByLabel('E-mailadres').fill('met-js@example.org')
  await page.getByRole('button', { name: 'Aanmelden voor de nieuwsupdate' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('Bijna klaar: bevestig je aanmelding')
  await expect(status).toBeFocused()
  await expect(page).toHaveURL(/\/nieuwsbrief$/)
  await expect.poll(async () => (await subscriber('met-js@example.org'))?.status).toBe('pending')
  await expectAxeClean(page)
  await page.context().close()
})

test('with JavaScript an invalid address is announced at the field, which gets focus', async ({ browser }) => {
  const page = await newPage(browser)
  await page.goto('/nieuwsbrief')
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' })
  const email = page.getByRole('main').getByLabel('E-mailadres')
  await email.fill('geen-adres')
  await page.getByRole('button', { name: 'Aanmelden voor de nieuwsupdate' }).click()
  await expect(page.getByRole('alert')).toHaveText(/Vul een geldig e-mailadres in/)
  await expect(email).toBeFocused()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/)
  await expectAxeClean(page)
  await page.goto('/nieuwsbrief?fout=te-vaak#fout-te-vaak') // where the CMS sends a form post that hit the limit
  await expect(page.getByText('Er zijn te veel aanmeldingen')).toBeVisible()
  await expectAxeClean(page)
  await page.context().close()
})

test('opening the confirmation link confirms nobody; the button does', async ({ browser }) => {
  await fetch(`${cms.url}/api/subscribers/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bevestig@example.org' }),
  })
  await stub.waitFor(() => stub.emails.some((email) => email.to.includes('bevestig@example.org')))
  const link = /https?:\/\/[^\s>]+\/nieuwsbrief\/bevestigen\?token=[^\s>]+/.exec(
    stub.emails.find((email) => email.to.includes('bevestig@example.org'))?.text ?? '',
  )?.[0]
  expect(link).toBeTruthy()
  const page = await newPage(browser)
  await page.goto(new URL(link!).pathname + new URL(link!).search)
  await expectAxeClean(page)
  expect((await subscriber('bevestig@example.org'))?.status).toBe('pending')
  await page.getByRole('button', { name: 'Aanmelding bevestigen' }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\/bevestigd$/)
  expect((await subscriber('bevestig@example.org'))?.status).toBe('confirmed')
  await page.context().close()
})

test('the unsubscribe page unsubscribes with its button', async ({ browser }) => {
  const doc = await payload.create({
    collection: 'subscribers',
    data: { email: 'afmelden@example.org', status: 'confirmed' },
    overrideAccess: true,
  })
  const { unsubscribeToken } = await payload.findByID({
    collection: 'subscribers',
    id: doc.id,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const page = await newPage(browser)
  await page.goto(`/nieuwsbrief/afmelden?token=${encodeURIComponent(unsubscribeToken ?? '')}`)
  await expectAxeClean(page)
  expect((await subscriber('afmelden@example.org'))?.status).toBe('confirmed')
  await page.getByRole('button', { name: 'Afmelden' }).click()
  await expect(page).toHaveURL(/\/nieuwsbrief\/afgemeld$/)
  expect((await subscriber('afmelden@example.org'))?.status).toBe('unsubscribed')
  await page.context().close()
})

test('the archive lists sent editions, each with its items', async ({ page }) => {
  await page.goto('/nieuwsbrief/archief')
  await expectAxeClean(page)
  await page.getByRole('main').getByRole('link', { name: NEWSLETTER_FIXTURE.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEWSLETTER_FIXTURE.title)
  await expect(page.getByText('Tweede alinea van de inleiding.')).toBeVisible()
  // Grouped like the email: a section heading, then its items.
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Nieuws', exact: true })).toBeVisible()
  const items = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link')
  expect(await items.count()).toBeGreaterThan(0)
  await expect(items.first()).toHaveAttribute('href', /^\/nieuws\/[a-z0-9-]+$/)
  await expectAxeClean(page)
})
