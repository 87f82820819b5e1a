import { expect, test } from '@playwright/test'
import { ADMIN_E2E } from '../support/adminCredentials'

const cms = `http://localhost:${ADMIN_E2E.port}`

test('Sitebuilds shows an editor the kind of each build, its duration in seconds and what it rebuilt', async ({
  page,
}) => {
  await page.goto(`${cms}/admin/login`)
  await page.locator('input[name="email"]').fill(ADMIN_E2E.email)
  await page.locator('input[name="password"]').fill(ADMIN_E2E.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  // A build by hand; the stand-in build (support/fakeSiteBuild.mjs) reports one page, in full.
  await page.goto(`${cms}/admin/collections/build-logs`)
  await page.getByRole('button', { name: 'Site opnieuw bouwen' }).click()
  const row = page.locator('table tbody tr').filter({ hasText: 'Handmatig' }).first()
  await expect(async () => {
    await page.reload()
    await expect(row).toContainText('Geslaagd', { timeout: 1000 })
  }).toPass({ timeout: 30_000 })

  const headers = page.locator('table thead th')
  await expect(headers.filter({ hasText: 'Soort build' })).toHaveCount(1)
  await expect(headers.filter({ hasText: 'Duur' })).toHaveCount(1)
  await expect(headers.filter({ hasText: 'Opnieuw gemaakt' })).toHaveCount(1)
  await expect(row.locator('.cell-kind')).toHaveText('Volledig')
  await expect(row.locator('.cell-pagesRendered')).toHaveText('1 van 1: /')
  await expect(row.locator('.cell-durationMs')).toHaveText(/^\d+(,\d)? s$/)

  await row.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/build-logs\/\d+/)
  await expect(page.locator('.field-type.select').filter({ hasText: 'Soort build' })).toContainText('Volledig')
  await expect(page.locator('textarea[name="renderedPaths"]')).toHaveValue('/')
  await expect(page.locator('input[name="fullReason"]')).toHaveValue('Testbuild')
})
