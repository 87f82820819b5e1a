/**
 * The contact form on /contact and the "goed voorbeeld aandragen" form on the built site against a
 * live CMS (see support/participationCms): with and without JavaScript, the office's mail (reply
 * to the sender) and the acknowledgement, the stored message, the draft practice nobody outside
 * the CMS can read, the honeypot, and axe on every state.
 */
import { participationPaths } from '@mao/shared/sitePaths'
import type { Page } from '@playwright/test'
import { expectAxeClean } from '../support/axe.ts'
import { expect, test, type LiveCms } from '../support/participationCms.ts'

test.describe.configure({ mode: 'serial' })

/** The programme office address of the seed's site settings. */
const OFFICE = 'info@example.org'
const CONTACT = '#contact-formulier'
const PRACTICE = '#goed-voorbeeld-formulier'

const messagesFrom = async (live: LiveCms, email: string) =>
  (
    await live.payload.find({
      collection: 'contact-messages',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs

const waitForIsland = (page: Page, form: string) =>
  page.locator(`astro-island:not([ssr]) ${form}`).waitFor({ state: 'attached' })

async function fillContact(page: Page, name: string, email: string, message: string) {
  const form = page.locator(CONTACT)
  await form.getByLabel('Naam', { exact: true }).fill(name)
  await form.getByLabel('E-mailadres', { exact: true }).fill(email)
  await form.getByLabel('Organisatie', { exact: true }).fill('School De Horizon')
  await form.getByLabel('Je bericht').fill(message)
}

async function fillPractice(page: Page, title: string, email: string) {
  const form = page.locator(PRACTICE)
  await form.getByLabel('Naam van het voorbeeld').fill(title)
  await form.getByLabel('Beschrijving').fill('Een school en de jeugdhulp werken samen in één team.\n\nDat werkt goed.')
  await form.getByLabel('Organisatie', { exact: true }).fill('Samenwerkingsverband Voorbeeld')
  await form.getByLabel('Naam contactpersoon').fill('Vera Voorbeeld')
  await form.getByLabel('E-mailadres', { exact: true }).fill(email)
}

test('with JavaScript a message with the topic from the link reaches the office and is acknowledged', async ({
  browser,
  live,
}) => {
  const email = 'vraagsteller@example.org'
  const page = await live.page(browser)
  await page.goto(`${participationPaths.contactForm}?onderwerp=aandeelhouder#formulier`)
  await waitForIsland(page, CONTACT)
  const topic = page.locator(CONTACT).getByLabel('Onderwerp')
  await expect(topic).toHaveValue('aandeelhouder')
  await expectAxeClean(page)
  await fillContact(page, 'Vera Vraag', email, 'Hoe wordt onze gemeente aandeelhouder?\n\nGroet, Vera')
  await page.locator(CONTACT).getByRole('button', { name: 'Bericht versturen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Bedankt voor je bericht' })).toBeFocused()
  await expectAxeClean(page)

  const office = await live.mail(OFFICE, 'Contactformulier: Aandeelhouder worden – Vera Vraag')
  expect(office.replyTo).toEqual([email])
  expect(office.text).toContain('Hoe wordt onze gemeente aandeelhouder?')
  const acknowledgement = await live.mail(email, 'We hebben je bericht ontvangen')
  expect(acknowledgement.text).toContain('Aandeelhouder worden')
  const [message] = await messagesFrom(live, email)
  expect(message).toMatchObject({ status: 'new', topic: 'aandeelhouder', organisation: 'School De Horizon' })
  expect(message?.consent?.text).toBeTruthy()
  await page.context().close()
})

test('without JavaScript a message goes through to the thanks page', async ({ browser, live }) => {
  const email = 'zonder-js-contact@example.org'
  const page = await live.page(browser, false)
  await page.goto(participationPaths.contactForm)
  await page.locator(CONTACT).getByLabel('Onderwerp').selectOption('pers')
  await fillContact(page, 'Piet Pers', email, 'Mag ik iemand interviewen?')
  await page.locator(CONTACT).getByRole('button', { name: 'Bericht versturen' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.contactThanks}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je bericht')
  await live.mail(email, 'We hebben je bericht ontvangen')
  expect((await messagesFrom(live, email))[0]).toMatchObject({ status: 'new', topic: 'pers' })
  await page.context().close()

  const withJs = await live.page(browser)
  await withJs.goto(participationPaths.contactThanks)
  await expectAxeClean(withJs)
  await withJs.context().close()
})

test('with JavaScript an empty message form shows every error and a filled honeypot stores nothing', async ({
  browser,
  live,
}) => {
  const page = await live.page(browser)
  await page.goto(participationPaths.contactForm)
  await waitForIsland(page, CONTACT)
  const form = page.locator(CONTACT)
  await form.getByRole('button', { name: 'Bericht versturen' }).click()
  await expect(form.locator('.mao-form__summary')).toBeFocused()
  await expect(form.locator('.mao-form__summary').getByRole('heading')).toHaveText('Er zijn 4 fouten in het formulier')
  await expect(form.getByLabel('Je bericht')).toHaveAccessibleDescription(/Schrijf je bericht/)
  await expectAxeClean(page)

  // A robot fills every field, the hidden one too: it is told "thanks" and nothing is kept.
  await form.getByLabel('Onderwerp').selectOption('vraag')
  await fillContact(page, 'Robot', 'robot-contact@example.org', 'Koop nu!')
  await form.locator('#contact-website').fill('https://spam.example', { force: true })
  await form.getByRole('button', { name: 'Bericht versturen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Bedankt voor je bericht' })).toBeFocused()
  await page.context().close()

  // Posts are processed in arrival order: once a later one is acknowledged, the robot's would have been.
  const later = await live.page(browser)
  await later.goto(participationPaths.contactForm)
  await waitForIsland(later, CONTACT)
  await later.locator(CONTACT).getByLabel('Onderwerp').selectOption('anders')
  await fillContact(later, 'Echte Afzender', 'na-de-robot-contact@example.org', 'Een echte vraag.')
  await later.locator(CONTACT).getByRole('button', { name: 'Bericht versturen' }).click()
  await live.mail('na-de-robot-contact@example.org', 'We hebben je bericht ontvangen')
  expect(await messagesFrom(live, 'robot-contact@example.org')).toEqual([])
  expect(live.stub.emails.filter((email) => email.to.includes('robot-contact@example.org'))).toEqual([])
  await later.context().close()
})

test('a good practice sent in without JavaScript becomes a draft that anonymous visitors of the API cannot read', async ({
  browser,
  live,
}) => {
  const title = 'Eén team voor school en jeugdhulp (ingestuurd)'
  const email = 'aandrager@example.org'
  const page = await live.page(browser, false)
  await page.goto(participationPaths.practiceForm)
  await fillPractice(page, title, email)
  await page.locator(PRACTICE).getByRole('button', { name: 'Goed voorbeeld insturen' }).click()
  await expect(page).toHaveURL(new RegExp(`${participationPaths.contributionThanks}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je bijdrage')

  await live.mail(OFFICE, `te beoordelen: ${title}`)
  await live.mail(email, 'Bedankt voor je goed voorbeeld')
  const drafts = await live.payload.find({
    collection: 'practices',
    where: { title: { equals: title } },
    draft: true,
    overrideAccess: true,
  })
  expect(drafts.docs).toHaveLength(1)
  const draft = drafts.docs[0]!
  expect(draft._status).toBe('draft')

  const query = `where[title][equals]=${encodeURIComponent(title)}`
  for (const path of [`/api/practices?${query}`, `/api/practices?${query}&draft=true`]) {
    const answer = (await (await fetch(`${live.url}${path}`)).json()) as { docs: unknown[] }
    expect(answer.docs, path).toEqual([])
  }
  expect((await fetch(`${live.url}/api/practices/${draft.id}?draft=true`)).ok).toBe(false)
  await page.context().close()

  const withJs = await live.page(browser)
  await withJs.goto(participationPaths.contributionThanks)
  await expectAxeClean(withJs)
  await withJs.context().close()
})

test('with JavaScript a good practice is sent in place', async ({ browser, live }) => {
  const title = 'Samen naar school (ingestuurd met JavaScript)'
  const page = await live.page(browser)
  await page.goto(participationPaths.practiceForm)
  await waitForIsland(page, PRACTICE)
  await expectAxeClean(page)
  await fillPractice(page, title, 'aandrager-js@example.org')
  await page.locator(PRACTICE).getByRole('button', { name: 'Goed voorbeeld insturen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Bedankt voor je goede voorbeeld' })).toBeFocused()
  await expectAxeClean(page)
  await live.mail('aandrager-js@example.org', 'Bedankt voor je goed voorbeeld')
  const { docs } = await live.payload.find({
    collection: 'practices',
    where: { title: { equals: title } },
    draft: true,
    overrideAccess: true,
  })
  expect(docs.map((doc) => doc._status)).toEqual(['draft'])
  await page.context().close()
})
