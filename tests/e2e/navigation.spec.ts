import { expect, type Page, test } from '@playwright/test'
import { newsletterPaths, participationPaths, sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths } from '@mao/shared/urls'

/** Every section of the site must be one click away from any page: in the header or the footer. */
const sections = [
  '/het-programma',
  collectionPaths.news,
  sitePaths.toolbox,
  collectionPaths.regions,
  collectionPaths.communities,
  collectionPaths.events,
  collectionPaths.advices,
  collectionPaths.themes,
  collectionPaths.publications,
  sitePaths.partners,
  participationPaths.figures,
  participationPaths.shareholderForm,
  participationPaths.shareholders,
  participationPaths.practiceForm,
  participationPaths.expertForm,
  participationPaths.contactForm,
  newsletterPaths.signup,
  '/over-ons',
]

const hrefsIn = (page: Page, selector: string) =>
  page.locator(`${selector} a[href]`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))

test('links every section from the header or the footer of the home page', async ({ page }) => {
  await page.goto('/')
  const linked = new Set([...(await hrefsIn(page, 'header.utrecht-page-header')), ...(await hrefsIn(page, 'footer'))])
  expect(sections.filter((path) => !linked.has(path))).toEqual([])
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').count()).toBeLessThanOrEqual(7)
})

test('groups the footer links and links the social accounts as plain links', async ({ page }) => {
  await page.goto('/')
  const footer = page.getByRole('contentinfo')
  for (const name of ['Het programma', 'Doe mee', 'Over deze site'])
    await expect(footer.getByRole('navigation', { name, exact: true })).toBeVisible()
  const linkedIn = footer.getByRole('region', { name: 'Volg ons' }).getByRole('link', { name: 'LinkedIn' })
  await expect(linkedIn).toHaveAttribute('href', /^https:\/\/www\.linkedin\.com\//)
})

test('shows the whole main menu on a narrow screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  await page.goto('/')
  for (const link of await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').all())
    await expect(link).toBeInViewport()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
  await context.close()
})

test('leads from the home page to the aandeelhouder form, the list and all partners', async ({ page }) => {
  await page.goto('/')
  const call = page.getByRole('region', { name: 'Doe mee als aandeelhouder' })
  await expect(call.getByRole('link', { name: 'Meld je organisatie aan' })).toHaveAttribute(
    'href',
    participationPaths.shareholderForm,
  )
  await expect(call.getByRole('link', { name: 'Bekijk wie al aandeelhouder is' })).toHaveAttribute(
    'href',
    participationPaths.shareholders,
  )
  await expect(
    page.getByRole('region', { name: 'De coalitie' }).getByRole('link', { name: 'Alle partners' }),
  ).toHaveAttribute('href', sitePaths.partners)
})
