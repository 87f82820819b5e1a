import { expect, test, type APIRequestContext } from '@playwright/test'
import { ADMIN_E2E } from '../support/adminCredentials'

const cms = `http://localhost:${ADMIN_E2E.port}`
const stub = `http://127.0.0.1:${ADMIN_E2E.resendStubPort}`

type CapturedEmail = { to: string[]; subject: string; html?: string }

/** An editor account, created by the admin over the REST API (which also mails an invitation). */
async function createEditor(request: APIRequestContext, email: string): Promise<void> {
  const login = await request.post(`${cms}/api/users/login`, {
    data: { email: ADMIN_E2E.email, password: ADMIN_E2E.password },
  })
  const { token } = (await login.json()) as { token: string }
  const created = await request.post(`${cms}/api/users`, {
    headers: { authorization: `JWT ${token}` },
    data: { email, name: 'Vergeetachtige Redacteur', role: 'editor', password: 'het-oude-wachtwoord-123' },
  })
  expect(created.status()).toBe(201)
}

/** The admin link in the stub's captured "wachtwoord vergeten" mail to `email`. */
async function resetLink(request: APIRequestContext, email: string): Promise<string> {
  let link: string | undefined
  await expect
    .poll(async () => {
      const emails = (await (await request.get(`${stub}/__stub/emails`)).json()) as CapturedEmail[]
      const mail = emails.find(
        (candidate) => candidate.to.includes(email) && candidate.subject.startsWith('Wachtwoord vergeten'),
      )
      link = /href="([^"]*\/admin\/reset\/[0-9a-f]+)"/.exec(mail?.html ?? '')?.[1]
      return link
    })
    .toBeTruthy()
  return link!
}

test('an editor who forgot the password sets a new one through the mailed link and logs in', async ({
  page,
  request,
  browser,
}) => {
  const email = `vergeten-${Date.now()}@example.org`
  await createEditor(request, email)

  await page.goto(`${cms}/admin/login`)
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click()
  await expect(page).toHaveURL(/\/admin\/forgot$/)
  await page.locator('input[name="email"]').fill(email)
  await page.getByRole('button', { name: 'Indienen' }).click()
  await expect(page.getByText('E-mail verzonden')).toBeVisible()

  const link = await resetLink(request, email)
  expect(link.startsWith(`${cms}/admin/reset/`)).toBe(true)
  // The reset form keeps its values in React state: typing before hydration is lost and the
  // form then reports empty fields ("Gelieve de ongeldige velden te corrigeren").
  await page.goto(link, { waitUntil: 'networkidle' })
  await page.locator('input[name="password"]').fill('een-nieuw-wachtwoord-456')
  await page.locator('input[name="confirm-password"]').fill('een-nieuw-wachtwoord-456')
  await page.getByRole('button', { name: 'Wachtwoord herstellen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 20_000 })

  // A fresh browser logs in with the new password; the old one no longer works.
  const fresh = await browser.newContext()
  const login = await fresh.newPage()
  await login.goto(`${cms}/admin/login`)
  await login.locator('input[name="email"]').fill(email)
  await login.locator('input[name="password"]').fill('een-nieuw-wachtwoord-456')
  await login.getByRole('button', { name: 'Inloggen' }).click()
  await expect(login).toHaveURL(/\/admin\/?$/, { timeout: 20_000 })
  await expect(login.getByText('Nieuws', { exact: true }).first()).toBeVisible()
  await fresh.close()
  const old = await request.post(`${cms}/api/users/login`, { data: { email, password: 'het-oude-wachtwoord-123' } })
  expect(old.status()).toBe(401)
})
