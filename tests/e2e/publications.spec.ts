/**
 * /publicaties on the site built from the seeded CMS: filters that are plain links, a publication
 * page with its download, axe on both, and the publications' own facet on the search page.
 */
import { expect, test } from '@playwright/test'
import { axeBuilder } from '../support/axe'

test('filters publications by kind without JavaScript and opens one with its download', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/publicaties')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publicaties')
  const filters = page.getByRole('navigation', { name: 'Filteren' })
  await filters.getByRole('link', { name: /^Programmaplan \(1\)$/ }).click()
  await expect(page).toHaveURL(/\/publicaties\/soort\/programmaplan$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publicaties: Programmaplan')
  await expect(filters.locator('[aria-current="page"]')).toHaveText(/Programmaplan/)
  const cards = page.getByRole('main').getByRole('article')
  await expect(cards).toHaveCount(1)
  await cards.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programmaplan Met Andere Ogen: uitvoering 2020')
  const download = page.getByRole('link', { name: /^Download \(pdf, \d+ kB\)$/ })
  await expect(download).toHaveAttribute('href', /\/api\/media\/file\/[a-z0-9-]+\.pdf$/)
  await expect(download).toHaveAttribute('type', 'application/pdf')
  await context.close()
})

test('/publicaties and a publication page pass axe (WCAG 2.2 AA)', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  for (const path of [
    '/publicaties',
    '/publicaties/soort/programmaplan',
    '/publicaties/programmaplan-uitvoering-2020',
  ]) {
    await page.goto(path)
    const results = await axeBuilder(page).analyze()
    expect(results.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([])
  }
  await context.close()
})

test('search has a facet of its own for publications', async ({ page }) => {
  await page.goto('/zoeken?q=programmaplan')
  await page.locator('astro-island:not([ssr])').waitFor()
  const facet = page.getByRole('group', { name: 'Soort' }).getByRole('checkbox', { name: /^Publicatie \(\d+\)$/ })
  await facet.check()
  await expect(page).toHaveURL(/[?&]type=publication(&|$)/)
  const metas = page.locator('.mao-zoeken__result-meta')
  await expect(metas.first()).toBeVisible()
  for (const meta of await metas.allTextContents()) expect(meta).toMatch(/^Publicatie/)
})
