/**
 * A video in rich text: no request to any other origin before the visitor clicks play, then the
 * privacy-enhanced player. Every request off the site is recorded and aborted, so nothing leaves
 * the machine; the player's request is seen (the CSP allowed the frame) but never answered.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type BrowserContext } from '@playwright/test'
import { expectAxeClean } from '../support/axe'
import { builtSiteDir } from '../support/buildSite'
import { listFiles } from '../support/distFiles'

/** The site path of the first built page with a video (the seed puts one in a news item). */
function pageWithVideo(): string {
  const file = listFiles(builtSiteDir).find(
    (name) =>
      name.endsWith('index.html') && readFileSync(path.join(builtSiteDir, name), 'utf8').includes('data-mao-video'),
  )
  if (!file) throw new Error('No built page has a video: the seed should put one in a news item')
  return `/${path.posix.dirname(file)}`
}

/** Abort every request to another origin than the site's, and return the list of them. */
async function blockOtherOrigins(context: BrowserContext, siteOrigin: string): Promise<string[]> {
  const offSite: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (new URL(url).origin === siteOrigin) return route.continue()
    offSite.push(url)
    return route.abort('blockedbyclient')
  })
  return offSite
}

test('a video loads nothing from another site until play is clicked, then the no-cookie player', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext()
  const offSite = await blockOtherOrigins(context, new URL(baseURL!).origin)
  const page = await context.newPage()
  await page.goto(pageWithVideo())
  const figure = page.locator('[data-mao-video]').first()
  await figure.scrollIntoViewIfNeeded()
  const play = figure.getByRole('button', { name: /^Video afspelen: .+/ })
  await expect(play).toBeVisible()
  await expect(figure.getByRole('link', { name: /^Bekijk op YouTube/ })).toBeHidden()
  await page.waitForLoadState('networkidle')
  expect(offSite).toEqual([])
  await expectAxeClean(page)

  const title = (await play.getAttribute('aria-label'))!.replace('Video afspelen: ', '')
  const playerRequest = page.waitForRequest((request) => request.url().startsWith('https://www.youtube-nocookie.com/'))
  await play.click()
  const player = figure.locator('iframe')
  await expect(player).toHaveAttribute('title', title)
  await expect(player).toHaveAttribute('allow', 'autoplay; fullscreen; picture-in-picture')
  await expect(player).toBeFocused()
  expect((await playerRequest).url()).toMatch(
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}\?autoplay=1$/,
  )
  await expect(play).toHaveCount(0)
  expect(offSite.every((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true)
  await context.close()
})

test('without JavaScript the play area is a link to the video on YouTube', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const offSite = await blockOtherOrigins(context, new URL(baseURL!).origin)
  const page = await context.newPage()
  await page.goto(pageWithVideo())
  const figure = page.locator('[data-mao-video]').first()
  const link = figure.getByRole('link', { name: /^Bekijk op YouTube: .+/ })
  await expect(link).toHaveAttribute('href', /^https:\/\/www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}$/)
  await expect(link).toHaveAttribute('rel', 'external')
  await expect(figure.getByRole('button')).toHaveCount(0)
  await page.waitForLoadState('networkidle')
  expect(offSite).toEqual([])
  await context.close()
})
