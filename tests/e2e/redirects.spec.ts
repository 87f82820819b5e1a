import { expect, test } from '@playwright/test'
import { REDIRECTED } from '../support/redirectFixtures'

test('the old address of a renamed news item leads to its new address', async ({ page }) => {
  const response = await page.goto(REDIRECTED.oldPath)
  expect(new URL(page.url()).pathname).toBe(REDIRECTED.newPath)
  expect(response?.status()).toBe(200)
  expect(response?.request().redirectedFrom()?.url()).toContain(REDIRECTED.oldPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bericht met een nieuw webadres')
})

test('the address of a deleted news item says it was removed, with status 410', async ({ page }) => {
  const response = await page.goto(REDIRECTED.removedPath)
  expect(response?.status()).toBe(410)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina verwijderd')
})
