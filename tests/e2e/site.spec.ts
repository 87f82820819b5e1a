import { expect, test } from '@playwright/test'

test('goes from the home page to the news list to an article', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Met Andere Ogen')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuws' }).click()
  await expect(page).toHaveURL(/\/nieuws$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuws')

  const firstArticle = page.getByRole('main').getByRole('article').first().getByRole('link').first()
  const title = (await firstArticle.textContent())?.trim() ?? ''
  await firstArticle.click()
  await expect(page).toHaveURL(/\/nieuws\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const breadcrumbs = page.getByRole('navigation', { name: 'Kruimelpad' })
  await expect(breadcrumbs.getByRole('link', { name: 'Nieuws' })).toHaveAttribute('href', '/nieuws')
  await expect(breadcrumbs.locator('[aria-current="page"]')).toHaveText(title)
})

test('pages through the news list', async ({ page }) => {
  await page.goto('/nieuws')
  await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende pagina' }).click()
  await expect(page).toHaveURL(/\/nieuws\/2$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuws, pagina 2')
  await expect(page.getByRole('navigation', { name: 'Paginering' }).locator('[aria-current="page"]')).toHaveText(
    'Pagina 2',
  )
})

test('a region page lists its practices, found from the map list', async ({ page }) => {
  await page.goto('/inspiratieregios')
  await expect(
    page.getByRole('img', { name: /Kaart van Nederland met \d+ genummerde inspiratieregio's/ }),
  ).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: 'Minimale regio' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Minimale regio')
  const practices = page.getByRole('region', { name: 'Goede voorbeelden' })
  await expect(practices.getByRole('link', { name: 'Minimaal voorbeeld' })).toHaveAttribute(
    'href',
    '/toolbox/goede-voorbeelden/minimaal-voorbeeld',
  )
})

test('filters the practices by region without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/toolbox/goede-voorbeelden')
  const filters = page.getByRole('navigation', { name: 'Filteren' })
  await filters.getByRole('link', { name: /Minimale regio/ }).click()
  await expect(page).toHaveURL(/\/toolbox\/goede-voorbeelden\/regio\/minimale-regio$/)
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1)
  await expect(filters.getByRole('link', { name: /Minimale regio/ })).toHaveAttribute('aria-current', 'page')
  await context.close()
})

test('an unknown address gets the Dutch 404 page', async ({ page }) => {
  const response = await page.goto('/bestaat-niet-meer')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')
  await expect(page.getByRole('main').getByRole('link', { name: 'homepage' })).toHaveAttribute('href', '/')
})

test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
  await page.goto('/toolbox')
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#inhoud$/)
  await expect(page.locator('main#inhoud')).toBeFocused()
})

test('the header search sends the query to /zoeken', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('search', { name: 'Zoeken op de site' })
  await search.getByRole('searchbox', { name: 'Zoekterm' }).fill('thuiszitters')
  await search.getByRole('button', { name: 'Zoeken' }).click()
  await expect(page).toHaveURL(/\/zoeken\?q=thuiszitters$/)
})

test('a news article loads no JavaScript at all', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto('/nieuws/met-andere-ogen-gaat-de-regios-in')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(scripts).toEqual([])
})

test('events show their time in Europe/Amsterdam', async ({ page }) => {
  await page.goto('/agenda/minimale-activiteit')
  await expect(page.getByRole('main').getByText('12 maart 2030 om 13:30 – 16:00')).toBeVisible()
})

test('pages reflow to 320 px without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  for (const path of [
    '/',
    '/nieuws/met-andere-ogen-gaat-de-regios-in',
    '/inspiratieregios',
    '/toolbox/goede-voorbeelden',
    '/agenda',
    '/over-ons',
  ]) {
    await page.goto(path)
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(widths.scroll, path).toBeLessThanOrEqual(widths.client)
  }
  await context.close()
})
