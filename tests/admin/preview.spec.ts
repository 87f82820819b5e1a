import { expect, test } from '@playwright/test'
import { previewKey, previewPath, signPreviewToken } from '@mao/cms/preview'
import { ADMIN_E2E } from '../support/adminCredentials'

const cms = `http://localhost:${ADMIN_E2E.port}`
const site = `http://localhost:${ADMIN_E2E.sitePort}`

test('an editor sees a draft through "Voorbeeld" in the site layout; without a valid, unexpired link nobody does', async ({
  page,
  browser,
}) => {
  await page.goto(`${cms}/admin/login`, { waitUntil: 'networkidle' })
  await page.locator('input[name="email"]').fill(ADMIN_E2E.email)
  await page.locator('input[name="password"]').fill(ADMIN_E2E.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto(`${cms}/admin/collections/news/create`, { waitUntil: 'networkidle' })
  const title = `Conceptvoorbeeld ${Date.now()}`
  await page.locator('input[name="title"]').fill(title)
  await page.locator('textarea[name="summary"]').fill('Een concept dat nog niet online staat.')
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await body.pressSequentially('Alleen zichtbaar in het voorbeeld.')
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 20_000 })

  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    // Payload's preview button is a link named "Voorbeeld" (exact: the menu has "Goede voorbeelden").
    page.getByRole('link', { name: 'Voorbeeld', exact: true }).click(),
  ])
  await preview.waitForLoadState()
  const link = new URL(preview.url())
  expect(link.origin).toBe(site)
  expect(link.pathname).toMatch(/^\/voorbeeld\/news\/\d+$/)
  await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(preview.getByText('Alleen zichtbaar in het voorbeeld.')).toBeVisible()
  // The site's own layout: its header navigation and footer around the draft.
  await expect(preview.locator('header').first()).toBeVisible()
  await expect(preview.locator('footer').first()).toBeVisible()

  // A visitor with an expired link, without the token or with a changed one sees nothing of the draft.
  const anonymous = await browser.newContext()
  const visitor = await anonymous.newPage()
  const id = link.pathname.split('/').pop() ?? ''
  const key = previewKey({ ...process.env, PAYLOAD_SECRET: ADMIN_E2E.payloadSecret, PREVIEW_SECRET: '' })
  const expired = signPreviewToken({ collection: 'news', id, expiresAt: Date.now() - 1000 }, key)
  for (const address of [
    `${site}${previewPath('news', id, expired)}`,
    `${site}${link.pathname}`,
    `${site}${link.pathname}?token=${link.searchParams.get('token')}x`,
  ]) {
    const response = await visitor.goto(address)
    expect(response?.status()).toBe(401)
    await expect(visitor.getByText(title)).toHaveCount(0)
  }
  await anonymous.close()
})
