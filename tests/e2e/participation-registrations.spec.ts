/**
 * Registering for a Community of Practice or an event on the built site against a live CMS (see
 * support/participationCms): the form at `#aanmelden` with and without JavaScript, only for
 * approved aandeelhouders, the confirmation email with its calendar invitation and cancel link,
 * cancelling with the button, the waitlist and its promotion email, and axe on every state.
 */
import { participationPaths } from '@mao/shared/sitePaths'
import type { Page } from '@playwright/test'
import { expectAxeClean } from '../support/axe.ts'
import { approvedShareholder, attachmentText, expect, linkIn, test, type LiveCms } from '../support/participationCms.ts'

test.describe.configure({ mode: 'serial' })

const COMMUNITY = {
  slug: 'cop-onderwijs-zorgarrangementen',
  page: '/communities-of-practice/cop-onderwijs-zorgarrangementen',
}
const EVENT = {
  slug: 'werksessie-oogo-bindende-afspraken-2027',
  page: '/agenda/werksessie-oogo-bindende-afspraken-2027',
}
const FORM = '#aanmelding-formulier'

const registrationsOf = async (live: LiveCms, email: string) =>
  (
    await live.payload.find({
      collection: 'registrations',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs

const docBySlug = async (live: LiveCms, collection: 'communities' | 'events', slug: string) => {
  const doc = (await live.payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]
  expect(doc, `${collection} ${slug} in the live CMS`).toBeTruthy()
  return doc!
}

async function fillRegistration(page: Page, name: string, email: string) {
  const form = page.locator(FORM)
  await form.getByLabel('Naam', { exact: true }).fill(name)
  await form.getByLabel('E-mailadres waarmee je organisatie aandeelhouder is').fill(email)
}

const submit = (page: Page) => page.locator(FORM).getByRole('button', { name: 'Aanmelden', exact: true }).click()

const waitForIsland = (page: Page) => page.locator(`astro-island:not([ssr]) ${FORM}`).waitFor({ state: 'attached' })

test('the built pages post the same targets the live CMS knows', async ({ browser, live }) => {
  const page = await live.page(browser, false)
  for (const [collection, target] of [
    ['communities', COMMUNITY],
    ['events', EVENT],
  ] as const) {
    await page.goto(target.page)
    const { id } = await docBySlug(live, collection, target.slug)
    await expect(page.locator(`${FORM} input[name="target"]`)).toHaveValue(`${collection}:${id}`)
  }
  await page.context().close()
})

test('without JavaScript an address the CMS refuses comes back at the registration section', async ({
  browser,
  live,
}) => {
  const page = await live.page(browser, false)
  await page.goto(`${COMMUNITY.page}#aanmelden`)
  await fillRegistration(page, 'Foutje Bedankt', 'naam@zonder-punt')
  await submit(page)
  await expect(page).toHaveURL(new RegExp(`${COMMUNITY.page}\\?fout=email#fout-email$`))
  await expect(page.locator('#fout-email')).toBeVisible()
  await expect(page.locator('#fout-email')).toHaveText(/Vul een geldig e-mailadres in/)
  const url = page.url()
  await page.context().close()

  const withJs = await live.page(browser)
  await withJs.goto(url)
  await waitForIsland(withJs)
  await expect(withJs.locator(FORM).locator('.mao-form__summary')).toContainText('Vul een geldig e-mailadres in')
  await expectAxeClean(withJs)
  await withJs.context().close()
})

test('without JavaScript an aandeelhouder registers, gets the invitation and cancels with the emailed code', async ({
  browser,
  live,
}) => {
  const email = 'deelnemer-zonder-js@example.org'
  await approvedShareholder(live.payload, email, 'Gemeente Zonderscript')
  const community = await docBySlug(live, 'communities', COMMUNITY.slug)
  const page = await live.page(browser, false)
  await page.goto(`${COMMUNITY.page}#aanmelden`)
  await fillRegistration(page, 'Pim Zonderscript', email)
  await submit(page)
  await expect(page).toHaveURL(new RegExp(`${participationPaths.registrationThanks}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt, we sturen je een e-mail')

  const mail = await live.mail(email, `Aanmelding bevestigd: ${community.title}`)
  const ics = attachmentText(mail, '.ics')
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
  expect(ics).toContain('METHOD:REQUEST')
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics?.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${community.title}`)
  expect(ics?.trimEnd()).toMatch(/END:VCALENDAR$/)
  const [registered] = await registrationsOf(live, email)
  expect(registered).toMatchObject({ status: 'registered', organisation: 'Gemeente Zonderscript' })

  const cancel = linkIn(mail, participationPaths.registrationCancel)
  await page.goto(cancel)
  await page.getByLabel(/Code uit de link/).fill(new URLSearchParams(cancel.split('?')[1]).get('token') ?? '')
  await page.getByRole('button', { name: 'Afmelden' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.registrationCancelled}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je bent afgemeld')
  expect((await registrationsOf(live, email))[0]?.status).toBe('cancelled')
  await page.context().close()

  const withJs = await live.page(browser)
  for (const resultPage of [
    participationPaths.registrationThanks,
    participationPaths.registrationCancelled,
    `${participationPaths.registrationCancel}?token=een-code`,
  ]) {
    await withJs.goto(resultPage)
    await expectAxeClean(withJs)
  }
  await withJs.context().close()
})

test('with JavaScript someone who is no aandeelhouder gets the same answer, the explanation by email, and no place', async ({
  browser,
  live,
}) => {
  const email = 'geen-aandeelhouder@example.org'
  const community = await docBySlug(live, 'communities', COMMUNITY.slug)
  const page = await live.page(browser)
  await page.goto(`${COMMUNITY.page}#aanmelden`)
  await waitForIsland(page)
  await expectAxeClean(page)
  await fillRegistration(page, 'Nog Geen Aandeelhouder', email)
  await submit(page)
  const done = page.getByRole('status').filter({ hasText: 'Bedankt, we sturen je een e-mail' })
  await expect(done).toBeFocused()
  await expectAxeClean(page)

  const mail = await live.mail(email, `Aanmelden voor ${community.title}: alleen voor aandeelhouders`)
  expect(linkIn(mail, participationPaths.shareholderForm)).toBe(participationPaths.shareholderForm)
  expect(await registrationsOf(live, email)).toEqual([])
  await page.context().close()
})

test('with JavaScript an empty form shows its errors at the registration section', async ({ browser, live }) => {
  const page = await live.page(browser)
  await page.goto(`${EVENT.page}#aanmelden`)
  await waitForIsland(page)
  await submit(page)
  const summary = page.locator(FORM).locator('.mao-form__summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('heading')).toHaveText('Er zijn 2 fouten in het formulier')
  await expect(page.locator(FORM).getByLabel('Naam', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectAxeClean(page)
  await page.context().close()
})

test('with JavaScript a full event puts the next on the waitlist; a cancellation gives them the place', async ({
  browser,
  live,
}) => {
  const first = 'eerste-deelnemer@example.org'
  const second = 'wachtlijst-deelnemer@example.org'
  await approvedShareholder(live.payload, first, 'Gemeente Eerst')
  await approvedShareholder(live.payload, second, 'Gemeente Daarna')
  const event = await docBySlug(live, 'events', EVENT.slug)
  // An editor makes it a one-place event; the built page still offers the form.
  await live.payload.update({
    collection: 'events',
    id: event.id,
    data: { capacity: 1 },
    user: await live.editor(),
    overrideAccess: false,
  })

  for (const [name, email] of [
    ['Eerste Deelnemer', first],
    ['Tweede Deelnemer', second],
  ]) {
    const visitor = await live.page(browser)
    await visitor.goto(`${EVENT.page}#aanmelden`)
    await waitForIsland(visitor)
    await fillRegistration(visitor, name!, email!)
    await submit(visitor)
    await expect(visitor.getByRole('status').filter({ hasText: 'Bedankt, we sturen je een e-mail' })).toBeFocused()
    await visitor.context().close()
  }
  const confirmation = await live.mail(first, `Aanmelding bevestigd: ${event.title}`)
  expect(attachmentText(confirmation, '.ics')?.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${event.title}`)
  const waiting = await live.mail(second, `Je staat op de wachtlijst: ${event.title}`)
  expect(waiting.text).toContain('op plaats 1')
  expect((await registrationsOf(live, second))[0]?.status).toBe('waitlist')

  const page = await live.page(browser)
  await page.goto(linkIn(confirmation, participationPaths.registrationCancel))
  await page.getByRole('button', { name: 'Afmelden' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.registrationCancelled}$`))
  expect((await registrationsOf(live, first))[0]?.status).toBe('cancelled')

  const promoted = await live.mail(second, `Er is een plaats voor je vrijgekomen: ${event.title}`)
  expect(attachmentText(promoted, '.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/)
  expect(linkIn(promoted, participationPaths.registrationCancel)).toMatch(/\?token=./)
  expect((await registrationsOf(live, second))[0]?.status).toBe('registered')

  // The same cancel link a second time: already used.
  await page.goto(linkIn(confirmation, participationPaths.registrationCancel))
  await page.getByRole('button', { name: 'Afmelden' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.invalidLink}$`))
  await page.context().close()
})
