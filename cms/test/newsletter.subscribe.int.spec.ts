import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { purgePending } from '../src/newsletter/subscribe/purgePending'
import { holdSignups, signupsProcessed } from '../src/newsletter/subscribe/signupQueue'
import { legacyUnsubscribeToken } from '../src/newsletter/subscribe/tokens'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub, WEBHOOK_SECRET } from './support/env'
import { confirmToken, freshIp, login, postForm, postJson, signWebhook } from './support/http'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  api = await startRestServer()
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

const subscriber = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, showHiddenFields: true }))
    .docs[0]
const mailsTo = (email: string) => stub.emails.filter((mail) => mail.to.includes(email))

async function signUp(email: string, extra: Record<string, string> = {}) {
  const headers = freshIp()
  const response = await postJson(api, '/api/subscribers/subscribe', { email, ...extra }, headers)
  return { response, body: await response.text(), headers }
}

describe('signing up', () => {
  it('stores a pending subscriber with a consent record and mails a link to the confirmation page', async () => {
    const { response, body } = await signUp('  Nieuw@Example.ORG ', {
      name: 'Nina',
      form: 'voettekst',
      privacyVersion: '2026-01',
    })
    expect(response.status).toBe(202)
    expect(JSON.parse(body)).toEqual({ ok: true })
    await stub.waitFor(() => mailsTo('nieuw@example.org').length === 1)
    const doc = await subscriber('nieuw@example.org')
    expect(doc).toMatchObject({
      status: 'pending',
      name: 'Nina',
      consent: { form: 'voettekst', privacyVersion: '2026-01' },
    })
    expect(doc?.consent?.consentText).toMatch(/elke twee weken/)
    expect(doc?.consent?.signedUpAt).toBeTruthy()
    const [mail] = mailsTo('nieuw@example.org')
    const token = confirmToken(mail?.text)
    expect(mail?.html).toContain(`https://site.example/nieuwsbrief/bevestigen?token=${token}`)
    // Only a hash of the token is kept.
    expect(doc?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(doc)).not.toContain(token)
  })

  it('answers a plain form post with a redirect to the thank-you page', async () => {
    const response = await postForm(
      api,
      '/api/subscribers/subscribe',
      { email: 'formulier@example.org', website: '' },
      freshIp(),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://site.example/nieuwsbrief/bedankt')
    await signupsProcessed()
    expect((await subscriber('formulier@example.org'))?.status).toBe('pending')
  })

  it('answers identically for unknown, pending and confirmed addresses, and mails no confirmed one', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'al-lid@example.org', status: 'confirmed' } })
    await signUp('wacht@example.org')
    await stub.waitFor(() => mailsTo('wacht@example.org').length === 1)
    const answers = await Promise.all(
      ['onbekend@example.org', 'wacht@example.org', 'al-lid@example.org'].map((email) => signUp(email)),
    )
    const shapes = answers.map(({ response, body }) => ({
      status: response.status,
      body,
      headers: [...response.headers.entries()].filter(([name]) => !['date', 'content-length'].includes(name)),
    }))
    expect(shapes[1]).toEqual(shapes[0])
    expect(shapes[2]).toEqual(shapes[0])
    await stub.waitFor(() => mailsTo('onbekend@example.org').length === 1 && mailsTo('wacht@example.org').length === 2)
    expect(mailsTo('al-lid@example.org')).toHaveLength(0)
    expect((await subscriber('al-lid@example.org'))?.status).toBe('confirmed')
  })

  it('refuses an invalid address with a clear message and stores nothing', async () => {
    const { response, body } = await signUp('geen-adres@')
    expect(response.status).toBe(400)
    expect(JSON.parse(body)).toMatchObject({
      ok: false,
      error: 'email',
      message: expect.stringMatching(/geldig e-mailadres/),
    })
    const form = await postForm(api, '/api/subscribers/subscribe', { email: 'ook fout' }, freshIp())
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('https://site.example/nieuwsbrief?fout=email#fout-email')
    await signupsProcessed()
    expect((await payload.count({ collection: 'subscribers', where: { email: { like: 'fout' } } })).totalDocs).toBe(0)
  })

  it('pretends success to a bot that fills in the honeypot, and stores nothing', async () => {
    const { response } = await signUp('bot@example.org', { website: 'https://spam.example' })
    expect(response.status).toBe(202)
    await signupsProcessed()
    expect(await subscriber('bot@example.org')).toBeUndefined()
  })

  it('limits sign-ups per address without changing the answer', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await signUp('herhaal@example.org')).response.status).toBe(202)
    await stub.waitFor(() => mailsTo('herhaal@example.org').length === 3)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(mailsTo('herhaal@example.org')).toHaveLength(3)
  })

  it('limits sign-ups per client address', async () => {
    process.env.NEWSLETTER_RATE_LIMIT_PER_IP = '2'
    try {
      const headers = freshIp()
      const statuses = []
      for (const name of ['a', 'b', 'c'])
        statuses.push(
          (await postJson(api, '/api/subscribers/subscribe', { email: `${name}@ip.example` }, headers)).status,
        )
      expect(statuses).toEqual([202, 202, 429])
      await signupsProcessed()
      expect(await subscriber('b@ip.example')).toBeDefined()
      expect(await subscriber('c@ip.example')).toBeUndefined()
    } finally {
      delete process.env.NEWSLETTER_RATE_LIMIT_PER_IP
    }
  })

  it('allows cross-origin calls from the site only', async () => {
    const fromSite = await postJson(
      api,
      '/api/subscribers/subscribe',
      { email: 'cors@example.org' },
      { ...freshIp(), origin: 'https://site.example' },
    )
    expect(fromSite.headers.get('access-control-allow-origin')).toBe('https://site.example')
    const elsewhere = await postJson(
      api,
      '/api/subscribers/subscribe',
      { email: 'cors2@example.org' },
      { ...freshIp(), origin: 'https://evil.example' },
    )
    expect(elsewhere.headers.get('access-control-allow-origin')).toBe('https://site.example')
    const preflight = await fetch(`${api.url}/api/subscribers/subscribe`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://site.example')
  })
})

describe('confirming', () => {
  async function pendingToken(email: string) {
    await signUp(email)
    await stub.waitFor(() => mailsTo(email).length > 0)
    return confirmToken(mailsTo(email).at(-1)?.text)
  }

  it('never happens on a GET of the link, as a link scanner does', async () => {
    const token = await pendingToken('scanner@example.org')
    for (const path of [`/api/subscribers/confirm?token=${token}`, `/api/subscribers/confirm/${token}`]) {
      const response = await fetch(`${api.url}${path}`, { redirect: 'manual' })
      expect(response.status).toBeGreaterThanOrEqual(400)
    }
    expect((await subscriber('scanner@example.org'))?.status).toBe('pending')
  })

  it('happens with the button (a form POST), once', async () => {
    const token = await pendingToken('knop@example.org')
    const first = await postForm(api, '/api/subscribers/confirm', { token })
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('https://site.example/nieuwsbrief/bevestigd')
    const doc = await subscriber('knop@example.org')
    expect(doc?.status).toBe('confirmed')
    expect(doc?.consent?.confirmedAt).toBeTruthy()
    expect(doc?.confirmTokenHash).toBeFalsy()
    const again = await postForm(api, '/api/subscribers/confirm', { token })
    expect(again.headers.get('location')).toBe('https://site.example/nieuwsbrief/ongeldige-link')
  })

  it('refuses an expired or unknown token', async () => {
    const token = await pendingToken('laat@example.org')
    const doc = await subscriber('laat@example.org')
    await payload.update({
      collection: 'subscribers',
      id: doc!.id,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const expired = await postJson(api, '/api/subscribers/confirm', { token })
    expect(expired.status).toBe(400)
    expect((await postJson(api, '/api/subscribers/confirm', { token: 'x'.repeat(43) })).status).toBe(400)
    expect((await subscriber('laat@example.org'))?.status).toBe('pending')
  })
})

describe('unsubscribing', () => {
  it('with the one-click POST (RFC 8058) answers 200 and takes effect at once; a GET changes nothing', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'klik@example.org', status: 'confirmed' } })
    const token = (await subscriber('klik@example.org'))!.unsubscribeToken!
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const look = await fetch(`${api.url}/api/subscribers/unsubscribe?token=${token}`, { redirect: 'manual' })
    expect(look.status).toBe(303)
    expect(look.headers.get('location')).toBe(
      `https://site.example/nieuwsbrief/afmelden?token=${encodeURIComponent(token)}`,
    )
    expect((await subscriber('klik@example.org'))?.status).toBe('confirmed')
    const click = await postForm(api, `/api/subscribers/unsubscribe?token=${encodeURIComponent(token)}`, {
      'List-Unsubscribe': 'One-Click',
    })
    expect(click.status).toBe(200)
    expect((await subscriber('klik@example.org'))?.status).toBe('unsubscribed')
  })

  it('with the button on the site redirects to the confirmation page; a forged token does nothing', async () => {
    const doc = await payload.create({
      collection: 'subscribers',
      data: { email: 'knop-af@example.org', name: 'Example Lezer', status: 'confirmed' },
    })
    const forged = `${doc.id}.${'A'.repeat(43)}`
    const refused = await postForm(api, '/api/subscribers/unsubscribe', { token: forged })
    expect(refused.headers.get('location')).toBe('https://site.example/nieuwsbrief/ongeldige-link')
    expect((await subscriber('knop-af@example.org'))?.status).toBe('confirmed')
    const done = await postForm(api, '/api/subscribers/unsubscribe', {
      token: (await subscriber('knop-af@example.org'))!.unsubscribeToken!,
    })
    expect(done.headers.get('location')).toBe('https://site.example/nieuwsbrief/afgemeld')
    // Only the fact that the address left stays on record, not the name.
    expect(await subscriber('knop-af@example.org')).toMatchObject({ status: 'unsubscribed', name: null })
  })
})

describe('subscriber data', () => {
  it('is refused to anonymous visitors and to editors', async () => {
    const doc = await payload.create({
      collection: 'subscribers',
      data: { email: 'geheim@example.org', status: 'confirmed' },
    })
    for (const path of [
      '/api/subscribers',
      `/api/subscribers/${doc.id}`,
      '/api/subscribers?where[email][equals]=geheim@example.org',
      '/api/newsletter-batches',
    ]) {
      const response = await fetch(`${api.url}${path}`)
      expect([401, 403], path).toContain(response.status)
      expect(await response.text()).not.toContain('geheim@example.org')
    }
    await createUser(payload, 'admin') // the first user always becomes admin
    await createUser(payload, 'editor', 'redacteur@example.org')
    const token = await login(api, 'redacteur@example.org')
    const asEditor = await fetch(`${api.url}/api/subscribers`, { headers: { authorization: `JWT ${token}` } })
    expect(asEditor.status).toBe(403)
  })

  it('cannot be written anonymously', async () => {
    const response = await postJson(api, '/api/subscribers', { email: 'inbraak@example.org', status: 'confirmed' })
    expect([401, 403]).toContain(response.status)
    expect(await subscriber('inbraak@example.org')).toBeUndefined()
  })

  it('of sign-ups never confirmed is deleted after 7 days', async () => {
    const old = new Date(Date.now() - 8 * 24 * 3600_000).toISOString()
    await payload.create({
      collection: 'subscribers',
      data: { email: 'oud@example.org', status: 'pending', consent: { signedUpAt: old } },
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'oud-lid@example.org', status: 'confirmed', consent: { signedUpAt: old } },
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'vers@example.org', status: 'pending', consent: { signedUpAt: new Date().toISOString() } },
    })
    expect(await purgePending(payload, 7)).toBeGreaterThanOrEqual(1)
    expect(await subscriber('oud@example.org')).toBeUndefined()
    expect(await subscriber('oud-lid@example.org')).toBeDefined()
    expect(await subscriber('vers@example.org')).toBeDefined()
  })
})

describe('the Resend webhook', () => {
  const event = (type: string, to: string, bounceType = 'Permanent') =>
    JSON.stringify({
      type,
      created_at: new Date().toISOString(),
      data: {
        email_id: 'e1',
        to: [to],
        from: 'x',
        subject: 's',
        created_at: '',
        ...(type === 'email.bounced' ? { bounce: { type: bounceType, subType: 'General', message: '' } } : {}),
      },
    })
  const hook = (body: string, headers: Record<string, string>) =>
    fetch(`${api.url}/api/newsletter/webhooks/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })

  it('rejects unsigned, wrongly signed and too old events and changes nothing', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'bounce@example.org', status: 'confirmed' } })
    const body = event('email.bounced', 'bounce@example.org')
    expect((await hook(body, {})).status).toBe(400)
    const wrongSecret = `whsec_${Buffer.from('another-secret').toString('base64')}`
    expect((await hook(body, signWebhook(wrongSecret, body))).status).toBe(401)
    const tampered = signWebhook(WEBHOOK_SECRET, body)
    expect((await hook(body.replace('bounce@', 'other@'), tampered)).status).toBe(401)
    expect(
      (await hook(body, signWebhook(WEBHOOK_SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 600 }))).status,
    ).toBe(401)
    expect((await subscriber('bounce@example.org'))?.status).toBe('confirmed')
  })

  it('marks bounced and complained subscribers', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'klacht@example.org', status: 'confirmed' } })
    for (const [type, email] of [
      ['email.bounced', 'bounce@example.org'],
      ['email.complained', 'klacht@example.org'],
    ] as const) {
      const body = event(type, email)
      const response = await hook(body, signWebhook(WEBHOOK_SECRET, body))
      expect(response.status).toBe(200)
    }
    expect((await subscriber('bounce@example.org'))?.status).toBe('bounced')
    expect((await subscriber('klacht@example.org'))?.status).toBe('complained')
  })
})

describe('the Resend webhook and soft bounces', () => {
  it('keeps a subscriber after a transient bounce and records the date of a permanent one', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'vol@example.org', status: 'confirmed' } })
    const send = async (bounceType: string) => {
      const body = JSON.stringify({
        type: 'email.bounced',
        created_at: new Date().toISOString(),
        data: { email_id: 'e2', to: ['vol@example.org'], bounce: { type: bounceType, subType: 'MailboxFull' } },
      })
      const response = await fetch(`${api.url}/api/newsletter/webhooks/resend`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(WEBHOOK_SECRET, body) },
        body,
      })
      expect(response.status).toBe(200)
    }
    await send('Transient')
    await send('Undetermined')
    expect((await subscriber('vol@example.org'))?.status).toBe('confirmed')
    await send('Permanent')
    const doc = await subscriber('vol@example.org')
    expect(doc?.status).toBe('bounced')
    expect(doc?.bouncedAt).toBeTruthy()
  })
})

describe('signing up again after unsubscribing', () => {
  it('keeps the unsubscribe on record until confirmed, survives the purge, and keeps the history after', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'terug@example.org', status: 'confirmed' } })
    const token = (await subscriber('terug@example.org'))!.unsubscribeToken!
    await postForm(api, '/api/subscribers/unsubscribe', { token })
    const unsubscribedAt = (await subscriber('terug@example.org'))?.unsubscribedAt
    expect(unsubscribedAt).toBeTruthy()

    await signUp('terug@example.org', { form: 'voettekst' })
    await signupsProcessed()
    const waiting = await subscriber('terug@example.org')
    expect(waiting).toMatchObject({ status: 'unsubscribed', unsubscribedAt, resubscribe: { form: 'voettekst' } })
    // The purge a week later removes the unconfirmed sign-up, not the unsubscribe.
    await purgePending(payload, 7, new Date(Date.now() + 8 * 24 * 3600_000))
    const purged = await subscriber('terug@example.org')
    expect(purged).toMatchObject({ status: 'unsubscribed', unsubscribedAt })
    expect(purged?.resubscribe?.signedUpAt).toBeFalsy()

    await signUp('terug@example.org', { form: 'nieuwsbrief-pagina' })
    await signupsProcessed()
    const mail = mailsTo('terug@example.org').at(-1)
    const confirmed = await postForm(api, '/api/subscribers/confirm', { token: confirmToken(mail?.text) })
    expect(confirmed.headers.get('location')).toBe('https://site.example/nieuwsbrief/bevestigd')
    const doc = await subscriber('terug@example.org')
    expect(doc).toMatchObject({
      status: 'confirmed',
      unsubscribedAt,
      consent: { form: 'nieuwsbrief-pagina' },
      statusReason: expect.stringMatching(/eerder afgemeld/),
    })
    expect(doc?.consent?.confirmedAt).toBeTruthy()
    // The same unsubscribe link as before still works.
    expect(doc?.unsubscribeToken).toBe(token)
  })
})

describe('unsubscribe links', () => {
  it('keep working when PAYLOAD_SECRET changes', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'geheim-weg@example.org', status: 'confirmed' } })
    const token = (await subscriber('geheim-weg@example.org'))!.unsubscribeToken!
    const secret = payload.secret
    payload.secret = 'een-nieuw-geheim-na-rotatie'
    try {
      const response = await postJson(api, '/api/subscribers/unsubscribe', { token })
      expect(response.status).toBe(200)
    } finally {
      payload.secret = secret
    }
    expect((await subscriber('geheim-weg@example.org'))?.status).toBe('unsubscribed')
  })

  it('from old emails work for their own subscriber only, never for a later row with the same id', async () => {
    const old = await payload.create({
      collection: 'subscribers',
      data: { email: 'oud-link@example.org', status: 'confirmed', legacyUnsubscribeLink: true },
    })
    const oldLink = legacyUnsubscribeToken(payload.secret, old.id)
    expect((await postJson(api, '/api/subscribers/unsubscribe', { token: oldLink })).status).toBe(200)
    expect((await subscriber('oud-link@example.org'))?.status).toBe('unsubscribed')

    // The row is deleted; SQLite gives its id to the next new row.
    await payload.delete({ collection: 'subscribers', id: old.id })
    const next = await payload.create({
      collection: 'subscribers',
      data: { email: 'nieuwe-persoon@example.org', status: 'confirmed' },
    })
    expect(next.id).toBe(old.id)
    expect((await postJson(api, '/api/subscribers/unsubscribe', { token: oldLink })).status).toBe(400)
    expect((await subscriber('nieuwe-persoon@example.org'))?.status).toBe('confirmed')
  })
})

describe('the sign-up answer', () => {
  it('is the same for a known and a new address, down to the work done before answering', async () => {
    await payload.create({ collection: 'subscribers', data: { email: 'bekend@example.org', status: 'confirmed' } })
    const db = payload.db as unknown as Record<string, unknown>
    const calls: string[] = []
    const originals = new Map<string, unknown>()
    for (const name of ['find', 'findOne', 'count', 'create', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany']) {
      const original = db[name] as (...args: unknown[]) => unknown
      originals.set(name, original)
      db[name] = (...args: unknown[]) => {
        calls.push(`${name}:${(args[0] as { collection?: string }).collection ?? ''}`)
        return original.apply(payload.db, args)
      }
    }
    const release = holdSignups()
    const answer = async (email: string) => {
      calls.length = 0
      const { response, body } = await signUp(email)
      return {
        status: response.status,
        body,
        headers: [...response.headers.entries()].filter(([name]) => !['date', 'content-length'].includes(name)),
        work: [...calls],
      }
    }
    let known, fresh
    try {
      known = await answer('bekend@example.org')
      fresh = await answer('gloednieuw@example.org')
    } finally {
      for (const [name, original] of originals) db[name] = original
      release()
    }
    expect(fresh).toEqual(known)
    expect(known.status).toBe(202)
    await signupsProcessed()
    expect(mailsTo('gloednieuw@example.org')).toHaveLength(1)
    expect(mailsTo('bekend@example.org')).toHaveLength(0)
  })
})
