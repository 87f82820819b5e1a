/**
 * What the first paint waits for, on the built site: one stylesheet per page (the site's single CSS
 * bundle), the latin Noto Sans files preloaded and then used, a fallback face with Noto Sans's
 * metrics while they load, and not a single request to another origin.
 */
import { expect, test } from '@playwright/test'
import { MINIMAL } from '../support/siteFixtures'

for (const pathname of ['/', `/nieuws/${MINIMAL.news}`, '/zoeken']) {
  test(`${pathname} waits for one stylesheet and preloads the fonts it uses`, async ({ page, baseURL }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathname)
    await page.waitForLoadState('networkidle')

    const stylesheets = await page
      .locator('head link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(stylesheets).toHaveLength(1)
    expect(stylesheets[0]).toMatch(/^\/_astro\/[^/]+\.css$/)

    const preloads = await page
      .locator('head link[rel="preload"][as="font"]')
      .evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute('href'), crossorigin: link.hasAttribute('crossorigin') })),
      )
    expect(preloads.map((preload) => preload.crossorigin)).toEqual([true, true])
    // Each preloaded file is fetched once (a preload the font face cannot reuse is fetched twice)
    // and the page does use a regular and a bold face.
    for (const preload of preloads) {
      expect(requests.filter((url) => url === new URL(preload.href ?? '', baseURL).toString())).toHaveLength(1)
    }
    const loadedWeights = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts]
        .filter((face) => face.status === 'loaded' && face.style === 'normal')
        .map((face) => face.weight)
    })
    expect(new Set(loadedWeights)).toEqual(new Set(['400', '700']))

    const fallbackCss = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .map((rule) => rule.cssText)
        .find((text) => text.includes('fallback: Arial')),
    )
    expect(fallbackCss).toMatch(/size-adjust: [\d.]+%/)
    expect(fallbackCss).toMatch(/ascent-override: [\d.]+%/)
    expect(fallbackCss).toMatch(/descent-override: [\d.]+%/)
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /^"Noto Sans[^"]*", "Noto Sans[^"]* fallback: Arial"/,
    )

    const origin = new URL(baseURL ?? '').origin
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([])
  })
}
