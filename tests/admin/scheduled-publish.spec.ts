import { expect, request as api, test, type APIRequestContext, type Page } from '@playwright/test'
import { ADMIN_E2E } from '../support/adminCredentials'

const cms = `http://localhost:${ADMIN_E2E.port}`
const ZONE = 'Europe/Amsterdam'

// The admin plans in Dutch time; the browser lives there too, so a typed time means the same to both.
test.use({ timezoneId: ZONE })

/**
 * The admin plans to the minute: its time list steps by 5 minutes, but the date field also takes
 * a typed time. The next whole minute at least `marginMs` ahead leaves the test time to plan before
 * it comes; the test CMS runs due publications every 3 seconds (SCHEDULE_RUN_CRON), so a plan
 * happens within seconds of its minute: a real wait of at most about a minute and a half, with no
 * clock faked on either side.
 */
const nextMinute = (marginMs: number) => new Date(Math.ceil((Date.now() + marginMs) / 60_000) * 60_000)

/** "2026-12-05T13:07" in Amsterdam time: what the browser's date field reads as that local time. */
function localMinute(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map(({ type, value }) => [type, value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

async function logIn(page: Page) {
  await page.goto(`${cms}/admin/login`)
  await page.locator('input[name="email"]').fill(ADMIN_E2E.email)
  await page.locator('input[name="password"]').fill(ADMIN_E2E.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Writes a news item in the admin and saves it as a draft; returns its id. */
async function writeDraft(page: Page, title: string): Promise<string> {
  await page.goto(`${cms}/admin/collections/news/create`)
  await page.locator('input[name="title"]').fill(title)
  await page.locator('textarea[name="summary"]').fill('Een bericht dat op een gepland moment online komt.')
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await body.pressSequentially('Gepland vanuit de admin.')
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 20_000 })
  return page.url().split('/').pop()!.split('?')[0]!
}

/** "Publicatie plannen" under the publish button: plans `type` for the open document at `at`. */
async function plan(page: Page, type: 'Publiceren' | 'Publicatie ongedaan maken', at: Date) {
  await page.locator('#action-save').locator('xpath=..').locator('.popup-button').click()
  await page.getByRole('button', { name: 'Publicatie plannen' }).click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.getByRole('heading', { name: /^Plan publicatie voor/ })).toBeVisible()
  await drawer.getByText(type, { exact: true }).click()
  const time = drawer.locator('#time input')
  await time.fill(localMinute(at))
  await time.press('Enter')
  // Shown back as the chosen moment (Payload's own format there: "dec. 5, 2026 1:07 PM").
  await expect(time).not.toHaveValue(localMinute(at))
  await drawer.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await expect(page.getByText('Succesvol gepland.')).toBeVisible()
  // The drawer's "Aankomende Evenementen" lists the plan.
  await expect(drawer.locator('table tbody tr')).toHaveCount(1)
  await page.keyboard.press('Escape')
}

/** The document as a visitor reads it: only once it is published. */
async function publicStatus(request: APIRequestContext, id: string): Promise<string | undefined> {
  const response = await request.get(`${cms}/api/news/${id}?depth=0`)
  if (!response.ok()) return undefined
  return ((await response.json()) as { _status?: string })._status
}

/** Why the site was built, newest first, as an editor reads it in "Sitebuilds". */
async function buildTriggers(request: APIRequestContext, token: string): Promise<string> {
  const response = await request.get(`${cms}/api/build-logs?limit=50&depth=0&sort=-createdAt`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { docs: { trigger: string }[] }).docs.map(({ trigger }) => trigger).join('\n')
}

test('a planned publication and a planned unpublication happen by themselves, each followed by a site build', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  await logIn(page)
  const stamp = Date.now()
  const toPublish = `Gepland bericht ${stamp}`
  const toWithdraw = `Tijdelijk bericht ${stamp}`

  // The second one goes online now, to be taken offline by plan.
  const liveId = await writeDraft(page, toWithdraw)
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect.poll(() => publicStatus(request, liveId)).toBe('published')
  const draftId = await writeDraft(page, toPublish)

  const at = nextMinute(25_000)
  await plan(page, 'Publiceren', at)
  await page.goto(`${cms}/admin/collections/news/${liveId}`)
  await plan(page, 'Publicatie ongedaan maken', at)
  expect(Date.now()).toBeLessThan(at.getTime())

  // Nothing happens before the planned minute…
  expect(await publicStatus(request, draftId)).toBeUndefined()
  expect(await publicStatus(request, liveId)).toBe('published')

  // …and both happen after it, without anyone pressing a button.
  await expect.poll(() => publicStatus(request, draftId), { timeout: 120_000, intervals: [2000] }).toBe('published')
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  await expect.poll(() => publicStatus(request, liveId), { timeout: 30_000, intervals: [1000] }).toBeUndefined()

  await page.goto(`${cms}/admin/collections/news/${draftId}`)
  await expect(page.locator('.doc-controls').getByText('Gepubliceerd', { exact: true })).toBeVisible()

  // The rebuild hooks followed the planned changes as they follow a publish button.
  // A context of its own: the login cookie must not reach the visitor's requests above.
  const editorApi = await api.newContext()
  const login = await editorApi.post(`${cms}/api/users/login`, {
    data: { email: ADMIN_E2E.email, password: ADMIN_E2E.password },
  })
  const { token } = (await login.json()) as { token: string }
  const triggers = expect.poll(() => buildTriggers(editorApi, token), { timeout: 30_000, intervals: [1000] })
  await triggers.toContain(`Nieuwsbericht “${toPublish}” gepubliceerd`)
  await triggers.toContain(`Nieuwsbericht “${toWithdraw}” offline gehaald`)
  await editorApi.dispose()
})
