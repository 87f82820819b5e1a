import { expect, test } from '@playwright/test'
import { ADMIN_E2E } from '../support/adminCredentials'

const cms = `http://localhost:${ADMIN_E2E.port}`

test('the admin is in Dutch and an editor can log in and publish a news item', async ({ page, request }) => {
  await page.goto(`${cms}/admin/login`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await page.locator('input[name="email"]').fill(ADMIN_E2E.email)
  await page.locator('input[name="password"]').fill(ADMIN_E2E.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByText('Nieuws', { exact: true }).first()).toBeVisible()

  await page.goto(`${cms}/admin/collections/news/create`)
  const title = `Redactietest ${Date.now()}`
  await page.locator('input[name="title"]').fill(title)
  await page.locator('textarea[name="summary"]').fill('Een bericht dat de redactie in de admin heeft gepubliceerd.')
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await body.pressSequentially('Dit bericht is gepubliceerd vanuit de admin.')
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 20_000 })

  const response = await request.get(`${cms}/api/news?where[title][equals]=${encodeURIComponent(title)}`)
  const { docs } = (await response.json()) as { docs: { slug: string; _status: string }[] }
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ _status: 'published', slug: expect.stringMatching(/^redactietest-\d+$/) })
})

test('anonymous visitors get no users and no drafts from the running CMS', async ({ request }) => {
  expect((await request.get(`${cms}/api/users`)).status()).toBe(403)
  const regions = (await (await request.get(`${cms}/api/regions?limit=0`)).json()) as { totalDocs: number }
  expect(regions.totalDocs).toBe(11)
})
