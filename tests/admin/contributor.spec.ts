import { expect, request as api, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { ADMIN_E2E } from '../support/adminCredentials'

const cms = `http://localhost:${ADMIN_E2E.port}`

type Region = { id: number; title: string }

async function logIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`${cms}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  return page
}

async function adminLogin(request: APIRequestContext): Promise<{ token: string; user: { id: number } }> {
  const response = await request.post(`${cms}/api/users/login`, {
    data: { email: ADMIN_E2E.email, password: ADMIN_E2E.password },
  })
  expect(response.ok()).toBe(true)
  return (await response.json()) as { token: string; user: { id: number } }
}

/** Picks `option` in the relationship or select field `name` of the edit view. */
async function choose(page: Page, name: string, option: string) {
  await page.locator(`#field-${name} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

test('a contributor writes drafts for their own region only, submits them, and an editor publishes them', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000)
  const stamp = Date.now()
  // The admin's own API context: its login cookie must not reach the visitor's `request`.
  const admin = await api.newContext()
  const { token, user: adminUser } = await adminLogin(admin)
  const auth = { Authorization: `JWT ${token}` }
  const { docs: regions } = (await (await request.get(`${cms}/api/regions?limit=2&sort=title&depth=0`)).json()) as {
    docs: Region[]
  }
  const [own, other] = regions as [Region, Region]

  const email = `bijdrager-${stamp}@example.org`
  const password = 'bijdrager-wachtwoord-e2e'
  const created = await admin.post(`${cms}/api/users`, {
    headers: auth,
    data: { name: `Bijdrager ${stamp}`, email, password, role: 'contributor', regions: [own.id] },
  })
  expect(created.status()).toBe(201)
  const editorsDraft = `Concept van de redactie ${stamp}`
  const draftResponse = await admin.post(`${cms}/api/news?draft=true`, {
    headers: auth,
    data: { title: editorsDraft, summary: 'Nog niet klaar.', _status: 'draft' },
  })
  expect(draftResponse.status()).toBe(201)
  const editorsDraftId = ((await draftResponse.json()) as { doc: { id: number } }).doc.id

  // --- The contributor ---
  const contributor = await logIn(browser, email, password)
  const refused: string[] = []
  contributor.on('response', (response) => {
    if (response.status() === 403) refused.push(response.url())
  })
  await contributor.reload()

  // Their admin shows the collections they work in, and nothing of the office's management.
  const nav = contributor.locator('nav')
  for (const label of ['Nieuws', 'Goede voorbeelden', 'Media'])
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible()
  for (const label of ['Gebruikers', 'Sitebuilds', 'Activiteiten', 'Pagina’s', 'Site-instellingen'])
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(0)
  // No build panel (its endpoints refuse contributors) and no editors' overview on the dashboard.
  await expect(contributor.getByRole('button', { name: 'Site opnieuw bouwen' })).toHaveCount(0)
  await expect(contributor.getByRole('heading', { name: 'Wat moet er gebeuren' })).toHaveCount(0)
  expect(refused).toEqual([])

  // A news draft: about another region it is refused in Dutch, about their own it is saved.
  const title = `Bijdrage uit de regio ${stamp}`
  await contributor.goto(`${cms}/admin/collections/news/create`)
  await contributor.locator('input[name="title"]').fill(title)
  await contributor.locator('textarea[name="summary"]').fill('Een bijdrage van een bijdrager.')
  const body = contributor.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await body.pressSequentially('Geschreven door een bijdrager.')
  await expect(contributor.getByRole('button', { name: 'Publiceer wijzigingen' })).toHaveCount(0)
  await expect(contributor.locator('#action-save')).toHaveCount(0)
  await choose(contributor, 'regions', other.title)
  await contributor.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(contributor.getByText(/Kies alleen inspiratieregio’s waarvoor je bijdrager bent/).first()).toBeVisible()
  await expect(contributor).toHaveURL(/\/create/)

  await contributor.locator('#field-regions .rs__multi-value__remove').first().click()
  await choose(contributor, 'regions', own.title)
  await contributor.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(contributor).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 20_000 })
  const id = contributor.url().split('/').pop()!.split('?')[0]!

  // Later: submitted for review ("Ter beoordeling"), still only a draft.
  await choose(contributor, 'review', 'Ter beoordeling')
  await contributor.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(contributor.getByText('Concept succesvol bewaard.')).toBeVisible()
  expect((await request.get(`${cms}/api/news/${id}`)).ok()).toBe(false)

  // Others' drafts stay out of sight, in the list and by address.
  // Searched by the stamp both titles share.
  await contributor.goto(`${cms}/admin/collections/news?search=${stamp}`)
  await expect(contributor.getByRole('link', { name: title })).toBeVisible()
  await expect(contributor.getByText(editorsDraft)).toHaveCount(0)
  expect(refused).toEqual([])
  await contributor.goto(`${cms}/admin/collections/news/${editorsDraftId}`)
  await expect(
    contributor.getByText(`Het document met ID ${editorsDraftId} kon niet worden gevonden.`, { exact: false }),
  ).toBeVisible()
  await expect(contributor.getByText(editorsDraft)).toHaveCount(0)

  // Other accounts, globals and build logs: not in their admin, and not through the API.
  for (const address of [
    'collections/users',
    `collections/users/${adminUser.id}`,
    'collections/build-logs',
    'globals/site-settings',
  ]) {
    await contributor.goto(`${cms}/admin/${address}`)
    await expect(contributor.getByText(/niet gevonden/i).first()).toBeVisible()
    await expect(contributor.getByText(ADMIN_E2E.email)).toHaveCount(0)
  }
  // With the browser's own login cookie, as the admin's scripts ask.
  const fromBrowser = (address: string) =>
    contributor.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'include' })
      return { status: response.status, body: (await response.json()) as { docs?: { email: string }[] } }
    }, `${cms}${address}`)
  const users = await fromBrowser('/api/users?depth=0')
  expect(users.body.docs?.map((user) => user.email)).toEqual([email])
  expect((await fromBrowser('/api/build-logs')).status).toBe(403)
  await contributor.context().close()

  // --- An editor finds it in the review queue on the dashboard and publishes it ---
  const editor = await logIn(browser, ADMIN_E2E.email, ADMIN_E2E.password)
  // Payload may still hold the contributor's lock on the document they had open (released when
  // they leave it, or after five minutes): the editor takes it over when asked.
  const takeOver = editor.getByRole('button', { name: 'Overnemen' })
  await editor.addLocatorHandler(takeOver, () => takeOver.click())
  await editor.getByRole('link', { name: /^Nieuws: \d+ ter beoordeling$/ }).click()
  await expect(editor).toHaveURL(/\/admin\/collections\/news\?/)
  await editor.getByRole('link', { name: title }).click()
  // The edit view renders on the server, lock check included: 20 s, as every navigation to an
  // edit view in these tests (5 s was once too short in CI).
  await expect(editor).toHaveURL(new RegExp(`/admin/collections/news/${id}`), { timeout: 20_000 })
  await expect(editor.locator('input[name="title"]')).toHaveValue(title, { timeout: 20_000 })
  await editor.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect
    .poll(async () => {
      const response = await request.get(`${cms}/api/news/${id}?depth=0`)
      return response.ok() ? ((await response.json()) as { _status: string })._status : undefined
    })
    .toBe('published')
  const published = (await (await admin.get(`${cms}/api/news/${id}?depth=0`, { headers: auth })).json()) as {
    review: string
    regions: number[]
  }
  expect(published).toMatchObject({ review: 'draft', regions: [own.id] })
  await editor.context().close()
  await admin.dispose()
})
