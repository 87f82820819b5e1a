/**
 * The search page /zoeken on the site built from the seeded CMS: typing, facet filters, the URL
 * and the back button, the fuzzy retry, empty-query guidance, keyboard use, the fallback without
 * JavaScript, and axe. Needs `baseURL` pointing at the built, served site (playwright.config.ts).
 */
import { expect, test, type Page } from '@playwright/test'
import { HOSTILE, NEVER_PUBLISHED } from '../support/siteFixtures'
import { axeBuilder } from '../support/axe'

const field = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Zoekterm' })
const results = (page: Page) => page.locator('.mao-zoeken__result')
const resultTitles = (page: Page) => page.locator('.mao-zoeken__result-title')
const liveRegion = (page: Page) => page.locator('.mao-zoeken [role="status"]')
const FAILED_TEXT = 'Het zoeken lukte nu niet. Probeer het nog eens: kies Zoeken of pas je zoekterm aan.'
const EMPTY_TEXT = /^Op deze zoekterm kunnen we niet zoeken: .*extreem lange woorden tellen niet mee\./

const mounted = (page: Page) => page.locator('.mao-zoeken[data-mounted]')

/**
 * Opens the search page and waits until the island has mounted (Astro marks it hydrated before
 * React is done). Words typed before that are kept, see "keeps the words typed before the island
 * has loaded"; the other tests start from a mounted island.
 */
async function openSearch(page: Page, search = ''): Promise<void> {
  await page.goto(`/zoeken${search}`)
  await mounted(page).waitFor()
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await field(page).fill('')
  await field(page).pressSequentially(query, { delay: 20 })
}

test.describe('search page with JavaScript', () => {
  test('shows guidance for an empty query, and example searches that work', async ({ page }) => {
    await openSearch(page)
    await expect(page.getByText('Typ een of meer woorden')).toBeVisible()
    await expect(results(page)).toHaveCount(0)
    await page.getByRole('link', { name: 'thuiszitters', exact: true }).click()
    await expect(page).toHaveURL(/\/zoeken\/?\?q=thuiszitters$/)
    await expect(results(page).first()).toBeVisible()
    await expect(field(page)).toHaveValue('thuiszitters')
    await expect(page.getByRole('heading', { level: 2, name: /resultaten voor ‘thuiszitters’$/ })).toBeFocused()
  })

  test('searches as you type, highlights the words and announces the count', async ({ page }) => {
    await openSearch(page)
    await typeQuery(page, 'Dokwerk')
    await expect(resultTitles(page).first()).toContainText('Dokwerk')
    await expect(resultTitles(page).first().locator('mark')).toHaveText(['Dokwerk'])
    await expect(page).toHaveURL(/\?q=Dokwerk$/)
    await expect(liveRegion(page)).toHaveText(/^\d+ resultaten? voor ‘Dokwerk’\.$/)
    // The results heading says the same as the live region.
    await expect(page.getByRole('heading', { level: 2, name: /resultaten? voor ‘Dokwerk’/ })).toBeVisible()
  })

  test('keeps the words typed before the island has loaded, and searches for them', async ({ page }) => {
    // A slow connection: the island's code comes in only after the visitor has typed.
    let release = () => {}
    const arrived = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/_astro\/SearchApp\.[\w-]+\.js$/, async (route) => {
      await arrived
      await route.continue()
    })
    await page.goto('/zoeken')
    await field(page).pressSequentially('Dokwerk', { delay: 20 })
    await expect(mounted(page)).toHaveCount(0)
    release()
    await expect(resultTitles(page).first()).toContainText('Dokwerk')
    await expect(field(page)).toHaveValue('Dokwerk')
    await expect(page).toHaveURL(/\?q=Dokwerk$/)
  })

  test('understands the field: acronyms, synonyms and Dutch plurals', async ({ page }) => {
    await openSearch(page, '?q=OOGO')
    await expect(results(page).first()).toBeVisible()
    const oogo = await results(page).count()
    expect(oogo).toBeGreaterThan(1)
    // "op overeenstemming gericht overleg" finds the documents that only say OOGO, and the other way round.
    await typeQuery(page, 'op overeenstemming gericht overleg')
    await expect(liveRegion(page)).toHaveText(/resultaten? voor ‘op overeenstemming gericht overleg’/)
    await expect(results(page).first()).toBeVisible()
  })

  test('filters by type with counts, keeps the filter in the URL, and the back button undoes it', async ({ page }) => {
    await openSearch(page, '?q=passend onderwijs')
    await expect(results(page).first()).toBeVisible()
    const heading = page.getByRole('heading', { level: 2, name: /resultaten? voor/ })
    const allText = await heading.textContent()
    const total = Number(allText?.match(/^(\d+)/)?.[1])
    expect(total).toBeGreaterThan(1)

    const typeGroup = page.getByRole('group', { name: 'Soort' })
    const practice = typeGroup.getByRole('checkbox', { name: /Goed voorbeeld \((\d+)\)/ })
    const practiceCount = Number((await typeGroup.getByText(/Goed voorbeeld/).textContent())?.match(/\((\d+)\)/)?.[1])
    expect(practiceCount).toBeGreaterThan(0)
    expect(practiceCount).toBeLessThan(total)

    await practice.check()
    await expect(page).toHaveURL(/[?&]type=practice(&|$)/)
    await expect(heading).toHaveText(new RegExp(`^${practiceCount} resultaten? voor`))
    const metas = await page.locator('.mao-zoeken__result-meta').allTextContents()
    expect(metas.length).toBe(Math.min(practiceCount, 20))
    for (const meta of metas) expect(meta).toMatch(/^Goed voorbeeld/)

    await page.goBack()
    await expect(page).not.toHaveURL(/type=/)
    await expect(practice).not.toBeChecked()
    await expect(heading).toHaveText(new RegExp(`^${total} resultaten? voor`))
    await expect(field(page)).toHaveValue('passend onderwijs')

    await page.goForward()
    await expect(practice).toBeChecked()
    await expect(heading).toHaveText(new RegExp(`^${practiceCount} resultaten? voor`))
  })

  test('shows 20 results, then more on request', async ({ page }) => {
    await openSearch(page, '?q=onderwijs')
    const heading = page.getByRole('heading', { level: 2, name: /resultaten? voor/ })
    await expect(results(page)).toHaveCount(20)
    const total = Number((await heading.textContent())?.match(/^(\d+)/)?.[1])
    expect(total).toBeGreaterThan(20)
    await page.getByRole('button', { name: 'Meer resultaten tonen' }).click()
    await expect(results(page)).toHaveCount(Math.min(total, 40))
  })

  test('a shared URL with query and filters opens the same results', async ({ page }) => {
    await openSearch(page, '?q=jeugdhulp&type=event')
    await expect(field(page)).toHaveValue('jeugdhulp')
    await expect(page.getByRole('group', { name: 'Soort' }).getByRole('checkbox', { name: /^Agenda/ })).toBeChecked()
    await expect(results(page).first()).toBeVisible()
    for (const meta of await page.locator('.mao-zoeken__result-meta').allTextContents()) expect(meta).toMatch(/^Agenda/)
  })

  test('retries a typo with fuzzy matching and says so', async ({ page }) => {
    await openSearch(page)
    await typeQuery(page, 'thuiszittres')
    await expect(page.getByText('Geen exacte resultaten; we tonen resultaten die erop lijken.').first()).toBeVisible()
    await expect(results(page).first()).toBeVisible()
    await expect(liveRegion(page)).toContainText('Geen exacte resultaten')
  })

  test('suggests the word meant for a typo ("Bedoelde je …?"), and following it gives results', async ({ page }) => {
    await openSearch(page)
    await typeQuery(page, 'thuiszittres')
    const suggestion = page.getByTestId('zoeken-suggestie')
    await expect(suggestion).toHaveText('Bedoelde je thuiszitters?')
    await expect(liveRegion(page)).toContainText('Bedoelde je thuiszitters?')
    const link = suggestion.getByRole('link', { name: 'thuiszitters' })
    await expect(link).toHaveAttribute('href', /\/zoeken\/?\?q=thuiszitters$/)
    await link.click()
    await expect(page).toHaveURL(/\?q=thuiszitters$/)
    await expect(field(page)).toHaveValue('thuiszitters')
    await expect(liveRegion(page)).toHaveText(/^\d+ resultaten voor ‘thuiszitters’\.$/)
    await expect(results(page).first()).toBeVisible()
    await expect(suggestion).toHaveCount(0)
    // The link is gone: focus moves to the heading of the new results, not to the page's start.
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ resultaten voor ‘thuiszitters’$/ })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(resultTitles(page).first().getByRole('link')).toBeFocused()
    // The back button returns to the typo.
    await page.goBack()
    await expect(field(page)).toHaveValue('thuiszittres')
  })

  test('offers the themes and the regions when nothing is found', async ({ page }) => {
    await openSearch(page, '?q=xqzvbnw')
    await expect(liveRegion(page)).toHaveText('0 resultaten voor ‘xqzvbnw’.')
    const none = page.getByTestId('zoeken-niets-gevonden')
    await expect(none).toContainText('Controleer de spelling')
    const themes = none.getByRole('navigation', { name: 'Bekijk een thema' }).getByRole('link')
    const regions = none.getByRole('navigation', { name: 'Bekijk een inspiratieregio' }).getByRole('link')
    expect(await themes.count()).toBeGreaterThan(1)
    expect(await regions.count()).toBeGreaterThan(1)
    await expect(regions.filter({ hasText: 'Zuid-Limburg' })).toHaveAttribute('href', /zuid-limburg\/?$/)
    // Without facets to show, the answer takes the whole width, not the filters' narrow column.
    const app = (await page.locator('.mao-zoeken').boundingBox())!
    expect((await none.boundingBox())!.width).toBeGreaterThan(app.width * 0.6)
    const axe = await axeBuilder(page).analyze()
    expect(axe.violations).toEqual([])
    await regions.filter({ hasText: 'Zuid-Limburg' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Zuid-Limburg' })).toBeVisible()
  })

  test('finds a region by the everyday name of its main city', async ({ page }) => {
    await openSearch(page, '?q=Den%20Bosch')
    await expect(resultTitles(page).first()).toHaveText('De Meierij')
  })

  test('treats lunr query syntax as plain text and never breaks', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openSearch(page)
    for (const query of ['title:oogo', 'jeugdzorg^2', '+passend -onderwijs', '"thuiszitters"', '*', '~', 'zorg*']) {
      await field(page).fill(query)
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query)
    }
    await expect(results(page).first()).toBeVisible()
    await field(page).fill('*')
    await expect(page.getByTestId('zoeken-geen-zoekwoorden')).toHaveText(EMPTY_TEXT)
    expect(errors).toEqual([])
  })

  test('says why it cannot search a query of only stop words or one overlong word, also in the live region', async ({
    page,
  }) => {
    await openSearch(page)
    for (const query of ['de en het', 'a'.repeat(60)]) {
      await field(page).fill(query)
      await expect(page.getByTestId('zoeken-geen-zoekwoorden')).toHaveText(EMPTY_TEXT)
      await expect(liveRegion(page)).toHaveText(EMPTY_TEXT)
      await expect(results(page)).toHaveCount(0)
      await field(page).fill('jeugdhulp')
      await expect(liveRegion(page)).toHaveText(/resultaten? voor ‘jeugdhulp’/)
    }
  })

  test('is keyboard operable: Enter searches, Tab reaches the filters, Space toggles one', async ({ page }) => {
    await openSearch(page)
    await field(page).focus()
    await page.keyboard.type('jeugdhulp')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\?q=jeugdhulp$/)
    await expect(results(page).first()).toBeVisible()
    await page.keyboard.press('Tab') // the Zoeken button
    await page.keyboard.press('Tab') // "Filteren", the disclosure of the filters
    await expect(page.locator(':focus')).toHaveText('Filteren')
    await page.keyboard.press('Tab') // the first filter
    const focused = page.locator(':focus')
    await expect(focused).toHaveAttribute('type', 'checkbox')
    await page.keyboard.press('Space')
    await expect(focused).toBeChecked()
    await expect(page).toHaveURL(/&(type|thema|regio)=/)
  })

  test('has no axe violations, with and without results', async ({ page }) => {
    await openSearch(page)
    const empty = await axeBuilder(page).analyze()
    expect(empty.violations).toEqual([])
    await typeQuery(page, 'passend onderwijs')
    await expect(results(page).first()).toBeVisible()
    await page.getByRole('group', { name: 'Soort' }).getByRole('checkbox').first().check()
    await expect(page).toHaveURL(/type=/)
    const filled = await axeBuilder(page).analyze()
    expect(filled.violations).toEqual([])
  })

  test('loads the index in a worker: a hashed manifest, then the shards and result chunks a query needs', async ({
    page,
  }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await openSearch(page, '?q=leerplicht')
    await expect(results(page).first()).toBeVisible()
    const data = requests.filter((path) => path.startsWith('/zoeken/'))
    expect(data[0]).toMatch(/^\/zoeken\/zoekindex\.[0-9a-f]{12}\.json$/)
    expect(data).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/zoeken\/zoektermen\.[0-9a-f]{12}\.json$/),
        expect.stringMatching(/^\/zoeken\/zoekresultaten\.[0-9a-f]{12}\.json$/),
      ]),
    )
    expect(data.filter((path) => path.startsWith('/zoeken/zoekindex.'))).toHaveLength(1)
    expect(page.workers().length).toBe(1)
    const island = await page.locator('astro-island').getAttribute('component-url')
    const islandCode = await (await page.request.get(island!)).text()
    expect(islandCode).not.toContain('mao-search-index')
    expect(islandCode.length).toBeLessThan(30_000)
  })
})

test.describe('search page on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } })

  test('folds the filters away, and Enter on "Filteren" unfolds them', async ({ page }) => {
    await openSearch(page, '?q=jeugdhulp')
    await expect(results(page).first()).toBeVisible()
    const typeGroup = page.getByRole('group', { name: 'Soort' })
    await expect(typeGroup).toBeHidden()
    await page.locator('summary', { hasText: 'Filteren' }).focus()
    await page.keyboard.press('Enter')
    await expect(typeGroup).toBeVisible()
    await typeGroup.getByRole('checkbox').first().check()
    await expect(page.locator('summary', { hasText: 'Filteren' })).toContainText('(1 gekozen)')
    const axe = await axeBuilder(page).analyze()
    expect(axe.violations).toEqual([])
  })
})

test.describe('what the search files reveal', () => {
  test('the search files hold no drafts and no contact details without consent', async ({ page }) => {
    const manifests: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (/^\/zoeken\/zoekindex\.[0-9a-f]+\.json$/.test(path)) manifests.push(request.url())
    })
    await openSearch(page, '?q=bericht')
    await expect(results(page).first()).toBeVisible()
    expect(manifests).toHaveLength(1)
    const manifestText = await (await page.request.get(manifests[0]!)).text()
    const manifest = JSON.parse(manifestText) as { shards: { file: string }[]; chunks: string[] }
    const names = [...manifest.shards.map((shard) => shard.file), ...manifest.chunks]
    const bodies = await Promise.all(names.map(async (name) => (await page.request.get(`/zoeken/${name}`)).text()))
    const text = [manifestText, ...bodies].join('\n')
    expect(text).toContain('Gepubliceerde versie van een bericht')
    for (const value of Object.values(NEVER_PUBLISHED)) expect(text).not.toContain(value)
  })

  test('a result chunk that cannot be fetched fails that search, not a partial list; a later search fetches it again', async ({
    page,
  }) => {
    const chunks = /\/zoeken\/zoekresultaten\.[0-9a-f]+\.json$/
    await page.route(chunks, (route) => route.fulfill({ status: 500 }))
    await openSearch(page, '?q=leerplicht')
    await expect(page.getByTestId('zoeken-mislukt')).toHaveText(FAILED_TEXT)
    await expect(liveRegion(page)).toHaveText(FAILED_TEXT)
    await expect(results(page)).toHaveCount(0)
    await expect(page.getByTestId('zoeken-fout')).toHaveCount(0)
    expect((await axeBuilder(page).analyze()).violations).toEqual([])
    await page.unroute(chunks)
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click()
    await expect(results(page).first()).toBeVisible()
    await expect(liveRegion(page)).toHaveText(/^\d+ resultaten? voor ‘leerplicht’\.$/)
    await expect(page.getByTestId('zoeken-mislukt')).toHaveCount(0)
    await typeQuery(page, 'thuiszitters')
    await expect(liveRegion(page)).toHaveText(/^\d+ resultaten voor ‘thuiszitters’\.$/)
    await expect(results(page).first()).toBeVisible()
  })

  test('a search manifest that cannot be fetched turns search off and offers browsing', async ({ page }) => {
    await page.route(/\/zoeken\/zoekindex\.[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 500 }))
    await openSearch(page, '?q=leerplicht')
    await expect(page.getByTestId('zoeken-fout')).toContainText('Zoeken is nu niet beschikbaar.')
    await expect(liveRegion(page)).toHaveText('Zoeken is nu niet beschikbaar.')
    await expect(page.getByRole('navigation', { name: "Thema's" }).getByRole('link')).not.toHaveCount(0)
  })

  test('a words file that is not JSON gives no "Bedoelde je …?", and searching goes on', async ({ page }) => {
    await page.route(/\/zoeken\/zoekwoorden\.[0-9a-f]+\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Even geduld</title>' }),
    )
    await openSearch(page)
    await typeQuery(page, 'thuiszittres')
    await expect(liveRegion(page)).toHaveText(/^\d+ resultaten? voor ‘thuiszittres’\. Geen exacte resultaten/)
    await expect(results(page).first()).toBeVisible()
    await expect(page.getByTestId('zoeken-suggestie')).toHaveCount(0)
    await typeQuery(page, 'xqzvbnw')
    await expect(liveRegion(page)).toHaveText('0 resultaten voor ‘xqzvbnw’.')
    await expect(page.getByTestId('zoeken-niets-gevonden')).toBeVisible()
    await expect(page.getByTestId('zoeken-mislukt')).toHaveCount(0)
  })

  test('renders markup typed into a title as text', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await openSearch(page, '?q=opmaak')
    const title = resultTitles(page).filter({ hasText: 'Bericht met' })
    await expect(title).toHaveCount(1)
    await expect(title).toContainText('<script>alert("titel")</script>')
    await expect(
      page.locator('.mao-zoeken__results script, .mao-zoeken__results b, .mao-zoeken__results img'),
    ).toHaveCount(0)
    await expect(page.locator('.mao-zoeken__snippet').filter({ hasText: HOSTILE.summary })).toHaveCount(1)
    expect(dialogs).toEqual([])
  })
})

test.describe('search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header form leads to /zoeken, which offers the lists per theme and section', async ({ page }) => {
    await page.goto('/')
    const form = page.locator('form[role="search"]').first()
    await form.locator('input[name="q"]').fill('passend onderwijs')
    await form.locator('input[name="q"]').press('Enter')
    await expect(page).toHaveURL(/\/zoeken\/?\?q=passend\+onderwijs$/)
    await expect(page.getByTestId('zoeken-zonder-javascript')).toBeVisible()
    const themes = page.getByRole('navigation', { name: "Thema's" })
    await expect(themes.getByRole('link')).not.toHaveCount(0)
    await expect(
      page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Goede voorbeelden' }),
    ).toBeVisible()
    const theme = themes.getByRole('link').first()
    const name = (await theme.textContent())?.trim() ?? ''
    await theme.click()
    await expect(page).toHaveURL(/\/themas\/[a-z0-9-]+\/?$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  })
})
