import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { DeliveredEmail, ResendStub } from '@mao/resend-stub'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { freshIp, login, postJson } from './support/http'

const HOUR = 60 * 60 * 1000

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let adminToken: string

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'admin')
  adminToken = await login(api, 'admin@example.org')
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

afterEach(() => {
  vi.restoreAllMocks()
  stub.setRules([])
})

const mailsTo = (email: string) => stub.emails.filter((mail) => mail.to.includes(email))

/** The token of the admin's reset link in a mail, checking the link points at the public CMS. */
function resetToken(mail: DeliveredEmail): string {
  const match = /https:\/\/cms\.example\/admin\/reset\/([0-9a-f]+)/.exec(mail.html ?? '')
  expect(match, `a reset link in "${mail.subject}"`).toBeTruthy()
  return match![1]!
}

const forgotPassword = (email: string) => postJson(api, '/api/users/forgot-password', { email }, freshIp())

const resetPassword = (token: string, password: string) =>
  postJson(api, '/api/users/reset-password', { token, password })

const loginStatus = async (email: string, password: string) =>
  (await postJson(api, '/api/users/login', { email, password }, freshIp())).status

async function tokenExpiry(email: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    showHiddenFields: true,
  })
  return Date.parse(String(docs[0]?.resetPasswordExpiration))
}

function inviteByAdmin(email: string) {
  return postJson(
    api,
    '/api/users',
    { email, name: 'Nieuwe Redacteur', role: 'editor', password: 'wachtwoord-van-de-beheerder' },
    { authorization: `JWT ${adminToken}` },
  )
}

const loggedErrors = (spy: { mock: { calls: unknown[][] } }): string[] =>
  spy.mock.calls.map(([entry]) => (typeof entry === 'string' ? entry : ((entry as { msg?: string }).msg ?? '')))

describe('wachtwoord vergeten', () => {
  it('sends one Dutch mail whose link sets a new password, valid for the hour it states', async () => {
    await createUser(payload, 'editor', 'vergeten@example.org')
    const before = Date.now()
    expect((await forgotPassword('vergeten@example.org')).status).toBe(200)

    const mails = mailsTo('vergeten@example.org')
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.subject).toBe('Wachtwoord vergeten – Met Andere Ogen')
    expect(mail!.from).toContain('nieuwsbrief@example.org')
    expect(mail!.html).toContain('De link is één uur geldig')
    expect(mail!.html).toContain('lang="nl"')
    const expiry = await tokenExpiry('vergeten@example.org')
    expect(expiry).toBeGreaterThanOrEqual(before + HOUR)
    expect(expiry).toBeLessThanOrEqual(Date.now() + HOUR)

    const token = resetToken(mail!)
    expect((await resetPassword(token, 'een-nieuw-lang-wachtwoord')).status).toBe(200)
    expect(await loginStatus('vergeten@example.org', 'een-nieuw-lang-wachtwoord')).toBe(200)
    expect(await loginStatus('vergeten@example.org', 'correct-horse-battery-staple')).toBe(401)
    // The link works once.
    expect((await resetPassword(token, 'nog-een-ander-wachtwoord')).status).toBe(403)
  })

  it('sends nothing for an unknown address and answers the same', async () => {
    const sent = stub.emails.length
    expect((await forgotPassword('onbekend@example.org')).status).toBe(200)
    expect(stub.emails.length).toBe(sent)
  })
})

describe('invitation of a new editor', () => {
  it('mails a link to choose a password when an admin creates the account', async () => {
    const before = Date.now()
    expect((await inviteByAdmin('nieuw@example.org')).status).toBe(201)

    const mails = mailsTo('nieuw@example.org')
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.subject).toBe('Je bent uitgenodigd voor de redactie van Met Andere Ogen')
    expect(mail!.html).toContain('Test admin heeft een account voor je aangemaakt')
    expect(mail!.html).toContain('7 dagen geldig')
    expect(mail!.text).toMatch(/https:\/\/cms\.example\/admin\/reset\/[0-9a-f]+/)
    expect(`${mail!.html}${mail!.text}`).not.toContain('wachtwoord-van-de-beheerder')
    expect(await tokenExpiry('nieuw@example.org')).toBeGreaterThanOrEqual(before + 7 * 24 * HOUR)

    expect((await resetPassword(resetToken(mail!), 'mijn-eigen-wachtwoord')).status).toBe(200)
    expect(await loginStatus('nieuw@example.org', 'mijn-eigen-wachtwoord')).toBe(200)
  })

  it('is not sent for accounts created by code (seed, tests)', async () => {
    await createUser(payload, 'editor', 'door-code@example.org')
    expect(mailsTo('door-code@example.org')).toHaveLength(0)
  })
})

describe('when Resend fails', () => {
  it.each([500, 429])('logs a clear error for a %i and the CMS keeps answering', async (status) => {
    const email = `storing-${status}@example.org`
    await createUser(payload, 'editor', email)
    const errors = vi.spyOn(payload.logger, 'error')
    stub.setRules([{ action: { type: 'status', status, retryAfter: 0 } }])

    const failed = await forgotPassword(email)
    expect(failed.status).toBeGreaterThanOrEqual(500)
    expect(mailsTo(email)).toHaveLength(0)
    expect(loggedErrors(errors)).toContainEqual(
      expect.stringMatching(new RegExp(`Wachtwoord vergeten.*niet verstuurd: Resend antwoordde ${status}`)),
    )

    // Once Resend is back the same request works at once: the failed one did not use up the interval.
    stub.setRules([])
    expect((await forgotPassword(email)).status).toBe(200)
    expect(mailsTo(email)).toHaveLength(1)
  })

  it('still creates the invited account and logs that the invitation did not go out', async () => {
    const errors = vi.spyOn(payload.logger, 'error')
    stub.setRules([{ action: { type: 'status', status: 500 } }])
    expect((await inviteByAdmin('zonder-mail@example.org')).status).toBe(201)
    expect(mailsTo('zonder-mail@example.org')).toHaveLength(0)
    expect(loggedErrors(errors)).toContainEqual(expect.stringMatching(/Uitnodiging voor gebruiker \d+ niet verstuurd/))
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'zonder-mail@example.org' } } })).totalDocs,
    ).toBe(1)
  })

  it('sends nothing without RESEND_API_KEY and says so', async () => {
    const email = 'geen-sleutel@example.org'
    await createUser(payload, 'editor', email)
    const errors = vi.spyOn(payload.logger, 'error')
    const requests = stub.requests.length
    vi.stubEnv('RESEND_API_KEY', '')
    try {
      expect((await forgotPassword(email)).status).toBeGreaterThanOrEqual(500)
    } finally {
      vi.unstubAllEnvs()
    }
    expect(stub.requests.length).toBe(requests)
    expect(loggedErrors(errors)).toContainEqual(expect.stringMatching(/RESEND_API_KEY is niet ingesteld/))
  })
})
