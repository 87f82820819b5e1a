import { type APIRequestContext, expect, test } from '@playwright/test'
import { eachOnPages } from '../support/eachOnPages'
import { axeBuilder } from '../support/axe'

/** Every page the sitemap lists, as paths on the test server. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text()
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  const paths: string[] = []
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text()
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname))
  }
  return paths
}

test('every page in the sitemap passes axe (WCAG 2.2 AA)', async ({ browser, request }) => {
  test.setTimeout(30 * 60_000)
  const paths = await sitemapPaths(request)
  expect(paths.length).toBeGreaterThan(100)
  const context = await browser.newContext()
  const pages = [await context.newPage(), await context.newPage()]
  const results = await eachOnPages(pages, [...paths, '/404'], async (page, path) => {
    await page.goto(path)
    const { passes, violations } = await axeBuilder(page).analyze()
    const problems = violations.map(
      (violation) =>
        `${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
    return { rulesPassed: passes.length, problems }
  })
  await context.close()
  expect(results.flatMap((result) => result.problems)).toEqual([])
  expect(results.reduce((sum, result) => sum + result.rulesPassed, 0)).toBeGreaterThan(paths.length * 10)
})

test('focus is visible on links and controls', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element)
    return { width: style.outlineWidth, style: style.outlineStyle }
  })
  expect(outline.style).not.toBe('none')
  expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2)
})
