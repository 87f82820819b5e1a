import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, test } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

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
  const page = await context.newPage()
  const problems: string[] = []
  let rulesPassed = 0
  for (const path of [...paths, '/404']) {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    rulesPassed += results.passes.length
    for (const violation of results.violations) {
      problems.push(
        `${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
    }
  }
  await context.close()
  expect(problems).toEqual([])
  expect(rulesPassed).toBeGreaterThan(paths.length * 10)
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
