/**
 * Becoming an aandeelhouder on the built site against a live CMS (see support/participationCms):
 * the form on /aandeelhouder-worden with and without JavaScript, the confirmation email and its
 * button page, the editor's approval and its email, the errors of both kinds, the honeypot, and
 * axe on every state.
 */
import { participationPaths } from '@mao/shared/sitePaths'
import type { Page } from '@playwright/test'
import { expectAxeClean } from '../support/axe.ts'
import { expect, linkIn, test, type LiveCms } from '../support/participationCms.ts'

test.describe.configure({ mode: 'serial' })

const FORM = '#aandeelhouder-formulier'

const application = async (live: LiveCms, email: string) =>
  (
    await live.payload.find({
      collection: 'shareholder-applications',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]

async function fillApplication(page: Page, email: string, organisation = 'Gemeente Proefdorp') {
  const form = page.locator(FORM)
  await form.getByLabel('Organisatie', { exact: true }).fill(organisation)
  await form.getByLabel('Naam contactpersoon', { exact: true }).fill('Sanne de Tester')
  await form.getByLabel('E-mailadres', { exact: true }).fill(email)
  await form.getByLabel('Sector', { exact: true }).selectOption('gemeente')
  await form.getByLabel('Waarom wil je aandeelhouder worden?').fill('Wij willen samen leren met andere regio’s.')
}

const submit = (page: Page) => page.locator(FORM).getByRole('button', { name: 'Aanmelding versturen' }).click()

const waitForIsland = (page: Page) => page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' })

test('without JavaScript: apply, thanks page, confirm with the code from the email, then pending', async ({
  browser,
  live,
}) => {
  const email = 'zonder-js-aandeelhouder@example.org'
  const page = await live.page(browser, false)
  await page.goto(participationPaths.shareholderForm)
  await fillApplication(page, email)
  await submit(page)
  await expect(page).toHaveURL(new RegExp(`${participationPaths.shareholderThanks}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bijna klaar: bevestig je e-mailadres')

  const mail = await live.mail(email, 'Bevestig je aanmelding')
  const link = linkIn(mail, participationPaths.shareholderConfirm)
  expect((await application(live, email))?.status).toBe('unconfirmed')
  await page.goto(link)
  // Without JavaScript the page asks for the code from the link (the part after token=).
  await page.getByLabel(/Code uit de link/).fill(new URLSearchParams(link.split('?')[1]).get('token') ?? '')
  await page.getByRole('button', { name: 'Aanmelding bevestigen' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.shareholderConfirmed}$`))
  expect((await application(live, email))?.status).toBe('pending')
  await page.context().close()

  const withJs = await live.page(browser)
  for (const resultPage of [participationPaths.shareholderThanks, participationPaths.shareholderConfirmed]) {
    await withJs.goto(resultPage)
    await expectAxeClean(withJs)
  }
  await withJs.context().close()
})

test('with JavaScript: apply in place, confirm with the button, an editor approves, the applicant is mailed', async ({
  browser,
  live,
}) => {
  const email = 'met-js-aandeelhouder@example.org'
  const page = await live.page(browser)
  await page.goto(participationPaths.shareholderForm)
  await waitForIsland(page)
  await expectAxeClean(page)
  await fillApplication(page, email, 'Samenwerkingsverband Proefstreek')
  await submit(page)
  const done = page.getByRole('status').filter({ hasText: 'Bijna klaar: bevestig je e-mailadres' })
  await expect(done).toBeFocused()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.shareholderForm}$`))
  await expectAxeClean(page)

  const mail = await live.mail(email, 'Bevestig je aanmelding')
  await page.goto(linkIn(mail, participationPaths.shareholderConfirm))
  await expectAxeClean(page)
  // Opening the link (what mail scanners do) confirms nothing; the button does.
  expect((await application(live, email))?.status).toBe('unconfirmed')
  await page.getByRole('button', { name: 'Aanmelding bevestigen' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.shareholderConfirmed}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelding bevestigd')
  const pending = await application(live, email)
  expect(pending?.status).toBe('pending')

  const editor = await live.editor()
  await live.payload.update({
    collection: 'shareholder-applications',
    id: pending!.id,
    data: { status: 'approved' },
    user: editor,
    overrideAccess: false,
  })
  const welcome = await live.mail(email, 'Welkom als aandeelhouder')
  expect(welcome.text).toContain('Samenwerkingsverband Proefstreek is vanaf nu aandeelhouder')
  const approved = await application(live, email)
  expect(approved?.status).toBe('approved')
  expect(approved?.reviewedBy).toBeTruthy()
  await page.context().close()
})

test('a used or wrong confirmation link leads to the invalid-link page', async ({ browser, live }) => {
  const page = await live.page(browser)
  await page.goto(`${participationPaths.shareholderConfirm}?token=bestaat-niet`)
  await page.getByRole('button', { name: 'Aanmelding bevestigen' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.invalidLink}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet (meer)')
  await expectAxeClean(page)
  await page.context().close()
})

test('with JavaScript an incomplete form lists its errors, shows each beside its field and keeps the values', async ({
  browser,
  live,
}) => {
  const page = await live.page(browser)
  await page.goto(participationPaths.shareholderForm)
  await waitForIsland(page)
  const form = page.locator(FORM)
  await form.getByLabel('Organisatie', { exact: true }).fill('Alleen de organisatie')
  await form.getByLabel('E-mailadres', { exact: true }).fill('geen-adres')
  await submit(page)

  const summary = form.locator('.mao-form__summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('heading')).toHaveText('Er zijn 4 fouten in het formulier')
  const emailInput = form.getByLabel('E-mailadres', { exact: true })
  await expect(emailInput).toHaveAttribute('aria-invalid', 'true')
  await expect(emailInput).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/)
  await expect(form.getByLabel('Naam contactpersoon', { exact: true })).toHaveAccessibleDescription(/Vul je naam in/)
  await expect(form.getByLabel('Sector', { exact: true })).toHaveAccessibleDescription(/Kies de sector/)
  await expect(form.getByLabel('Organisatie', { exact: true })).not.toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Organisatie', { exact: true })).toHaveValue('Alleen de organisatie')
  await expect(emailInput).toHaveValue('geen-adres')
  await expectAxeClean(page)

  // A link in the summary takes focus to its field.
  await summary.getByRole('link', { name: /Vul een geldig e-mailadres in/ }).click()
  await expect(emailInput).toBeFocused()
  await page.context().close()
})

test('without JavaScript an address the CMS refuses comes back as that field’s message', async ({ browser, live }) => {
  const page = await live.page(browser, false)
  await page.goto(participationPaths.shareholderForm)
  await fillApplication(page, 'naam@zonder-punt') // the browser accepts it, the CMS does not
  await submit(page)
  await expect(page).toHaveURL(new RegExp(`${participationPaths.shareholderForm}\\?fout=email#fout-email$`))
  await expect(page.locator('#fout-email')).toBeVisible()
  await expect(page.locator('#fout-email')).toHaveText(/Vul een geldig e-mailadres in/)
  await expect(page.locator('#fout-sector')).toBeHidden()
  const url = page.url()
  await page.context().close()

  // The same address with JavaScript: the island shows the message in the summary too.
  const withJs = await live.page(browser)
  await withJs.goto(url)
  await waitForIsland(withJs)
  await expect(withJs.locator(FORM).locator('.mao-form__summary')).toContainText('Vul een geldig e-mailadres in')
  await expectAxeClean(withJs)
  await withJs.context().close()
})

test('a filled honeypot gets the thanks page and stores nothing', async ({ browser, live }) => {
  const page = await live.page(browser, false)
  await page.goto(participationPaths.shareholderForm)
  await fillApplication(page, 'robot-aandeelhouder@example.org')
  await page.locator('#aandeelhouder-website').fill('https://spam.example', { force: true })
  await submit(page)
  await expect(page).toHaveURL(new RegExp(`${participationPaths.shareholderThanks}$`))

  // Posts are processed in arrival order: once a later one has been mailed, the first would have been.
  await page.goto(participationPaths.shareholderForm)
  await fillApplication(page, 'na-de-robot@example.org')
  await submit(page)
  await live.mail('na-de-robot@example.org', 'Bevestig je aanmelding')
  expect(await application(live, 'robot-aandeelhouder@example.org')).toBeUndefined()
  expect(live.stub.emails.filter((email) => email.to.includes('robot-aandeelhouder@example.org'))).toEqual([])
  await page.context().close()
})
