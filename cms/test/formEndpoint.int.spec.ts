import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { participationPaths } from '@mao/shared/sitePaths'
import {
  consentTexts,
  formEndpoint,
  formWorkProcessed,
  holdFormWork,
  sendFormEmail,
  type FormSubmission,
} from '../src/forms'
import { getTestPayload, startRestServer } from '../src/testing'
import { loadConfig } from '../src/testing/testPayload'
import { useResendStub } from './support/env'
import { freshIp, postForm, postJson } from './support/http'

/**
 * The forms core through a test-only endpoint for the 'contact' form spec (topic, name, email,
 * organisation, message), registered here on the root config: its work records what it was given.
 */
const ENDPOINT = '/test-forms/contact'
const PATH = `/api${ENDPOINT}`
const worked: FormSubmission[] = []
const checked: string[] = []

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  stub = await useResendStub()
  Object.assign(process.env, { FORMS_RATE_LIMIT_PER_IP: '5', FORMS_RATE_LIMIT_PER_ADDRESS: '2' })
  const config = await loadConfig()
  config.endpoints.push(
    ...formEndpoint({
      path: ENDPOINT,
      form: 'contact',
      formPath: (fields) => `${participationPaths.contactForm}${fields.topic === 'pers' ? '?voor=pers' : ''}`,
      thanksPath: () => participationPaths.contactThanks,
      check: async (_payload, values) => {
        checked.push(values.email ?? '')
        if (values.message?.includes('ontplof')) throw new Error('check kapot')
        return values.message?.includes('verboden') ? { message: 'Dit bericht kan niet worden verstuurd.' } : undefined
      },
      work: async (_payload, submission) => {
        if (submission.values.message?.startsWith('FAIL'))
          throw new Error(`Opslaan mislukt voor ${submission.values.email}`)
        worked.push(submission)
      },
    }),
  )
  payload = await getTestPayload()
  api = await startRestServer()
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

const valid = (email: string, extra: Record<string, string> = {}) => ({
  topic: 'vraag',
  name: 'Noor',
  email,
  organisation: 'Gemeente Ergens',
  message: 'Hoe sluit onze gemeente aan?',
  privacyVersion: '2026-12',
  ...extra,
})
const workedFor = (email: string) => worked.filter((submission) => submission.values.email === email)

describe('a form endpoint', () => {
  it('accepts a JSON post with 202, answers the site origin without credentials, then runs the work', async () => {
    const response = await postJson(api, PATH, valid('  Noor@Example.ORG '), {
      ...freshIp(),
      accept: 'application/json',
      origin: 'https://site.example',
    })
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ ok: true })
    expect(response.headers.get('access-control-allow-origin')).toBe('https://site.example')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    await formWorkProcessed()
    const [submission] = workedFor('noor@example.org')
    expect(submission?.values).toMatchObject({ topic: 'vraag', name: 'Noor', organisation: 'Gemeente Ergens' })
    expect(submission?.consent).toMatchObject({ text: consentTexts.contact.at(-1)!.text, privacyVersion: '2026-12' })
    expect(Date.parse(submission?.consent.givenAt ?? '')).not.toBeNaN()
  })

  it('answers a plain form post with 303 to the thank-you page', async () => {
    const response = await postForm(api, PATH, valid('plain@example.org', { website: '' }), freshIp())
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://site.example/contact/bedankt')
    await formWorkProcessed()
    expect(workedFor('plain@example.org')).toHaveLength(1)
  })

  it('answers the CORS preflight for the site', async () => {
    const response = await fetch(`${api.url}${PATH}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://site.example', 'access-control-request-method': 'POST' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://site.example')
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('refuses invalid fields with 400 and a Dutch message per field, or 303 to the first wrong field', async () => {
    const fields = valid('geen-adres', { topic: 'onbekend', name: '' })
    const json = await postJson(api, PATH, fields, freshIp())
    expect(json.status).toBe(400)
    expect(await json.json()).toEqual({
      ok: false,
      error: 'invalid',
      errors: {
        topic: 'Kies een onderwerp.',
        name: 'Vul je naam in (hoogstens 100 tekens).',
        email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      },
    })
    const plain = await postForm(api, PATH, { ...fields, topic: 'vraag' }, freshIp())
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toBe('https://site.example/contact?fout=name#fout-name')
    const press = await postForm(api, PATH, { ...fields, topic: 'pers' }, freshIp())
    expect(press.headers.get('location')).toBe('https://site.example/contact?voor=pers&fout=name#fout-name')
    await formWorkProcessed()
    expect(workedFor('geen-adres')).toEqual([])
  })

  it("adds the form's own check after validation, and only for valid posts", async () => {
    checked.length = 0
    const json = await postJson(api, PATH, valid('check@example.org', { message: 'iets verboden' }), freshIp())
    expect(json.status).toBe(400)
    expect(await json.json()).toMatchObject({ errors: { message: 'Dit bericht kan niet worden verstuurd.' } })
    const plain = await postForm(api, PATH, valid('check@example.org', { message: 'iets verboden' }), freshIp())
    expect(plain.headers.get('location')).toBe('https://site.example/contact?fout=message#fout-message')
    await postJson(api, PATH, valid('check@example.org', { name: '' }), freshIp())
    expect(checked).toEqual(['check@example.org', 'check@example.org'])
    await formWorkProcessed()
    expect(workedFor('check@example.org')).toEqual([])
  })

  it('answers an unexpected failure with 500, or a plain post with 303 to the general error', async () => {
    const error = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    try {
      const json = await postJson(api, PATH, valid('stuk@example.org', { message: 'ontplof' }), freshIp())
      expect(json.status).toBe(500)
      expect(await json.json()).toMatchObject({ ok: false, error: 'server' })
      const plain = await postForm(api, PATH, valid('stuk@example.org', { message: 'ontplof' }), freshIp())
      expect(plain.status).toBe(303)
      expect(plain.headers.get('location')).toBe('https://site.example/contact?fout=onbekend#fout-onbekend')
      expect(error).toHaveBeenCalledTimes(2)
    } finally {
      error.mockRestore()
    }
  })

  it('answers a filled honeypot like a success and never runs the work', async () => {
    const json = await postJson(api, PATH, valid('bot@example.org', { website: 'https://spam.example' }), freshIp())
    expect(json.status).toBe(202)
    expect(await json.json()).toEqual({ ok: true })
    const plain = await postForm(api, PATH, valid('bot@example.org', { website: 'x' }), freshIp())
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toBe('https://site.example/contact/bedankt')
    await formWorkProcessed()
    expect(workedFor('bot@example.org')).toEqual([])
  })

  it('refuses a foreign Origin with 403 (a plain post: 303 to the error), allows none and the CMS origin', async () => {
    const foreign = { origin: 'https://evil.example' }
    const json = await postJson(api, PATH, valid('origin@example.org'), { ...freshIp(), ...foreign })
    expect(json.status).toBe(403)
    expect(await json.json()).toMatchObject({ ok: false, error: 'origin' })
    const plain = await postForm(api, PATH, valid('origin@example.org'), { ...freshIp(), ...foreign })
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toBe('https://site.example/contact?fout=onbekend#fout-onbekend')
    await formWorkProcessed()
    expect(workedFor('origin@example.org')).toEqual([])

    const cms = await postJson(api, PATH, valid('origin@example.org'), { ...freshIp(), origin: 'https://cms.example' })
    expect(cms.status).toBe(202)
    const none = await postForm(api, PATH, valid('origin-2@example.org'), freshIp())
    expect(none.status).toBe(303)
    await formWorkProcessed()
    expect(workedFor('origin@example.org')).toHaveLength(1)
  })

  it('refuses a body over 16 kB with 413 and runs nothing', async () => {
    const response = await postJson(
      api,
      PATH,
      valid('groot@example.org', { message: 'x'.repeat(20 * 1024) }),
      freshIp(),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ ok: false })
    await formWorkProcessed()
    expect(workedFor('groot@example.org')).toEqual([])
  })

  it('limits posts per client address with 429 and Retry-After (a plain post: 303 to the error)', async () => {
    const ip = freshIp()
    for (let i = 0; i < 5; i += 1)
      expect((await postJson(api, PATH, valid(`ip-${i}@example.org`), ip)).status).toBe(202)
    const refused = await postJson(api, PATH, valid('ip-5@example.org'), ip)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('3600')
    expect(await refused.json()).toMatchObject({ ok: false, error: 'rate_limited' })
    const plain = await postForm(api, PATH, valid('ip-6@example.org'), ip)
    expect(plain.headers.get('location')).toBe('https://site.example/contact?fout=te-vaak#fout-te-vaak')
    // Another client is not affected.
    expect((await postJson(api, PATH, valid('ip-7@example.org'), freshIp())).status).toBe(202)
    await formWorkProcessed()
    expect(workedFor('ip-5@example.org')).toEqual([])
    expect(workedFor('ip-7@example.org')).toHaveLength(1)
  })

  it('drops posts past the per-address limit silently, with the same answer', async () => {
    const answers = []
    for (let i = 0; i < 3; i += 1) {
      const response = await postJson(api, PATH, valid('vaak@example.org', { name: `Poging ${i}` }), freshIp())
      answers.push([response.status, await response.text()])
    }
    expect(answers).toEqual([
      [202, '{"ok":true}'],
      [202, '{"ok":true}'],
      [202, '{"ok":true}'],
    ])
    await formWorkProcessed()
    expect(workedFor('vaak@example.org').map((submission) => submission.values.name)).toEqual(['Poging 0', 'Poging 1'])
  })

  it('runs the work after the answer, one at a time, in arrival order', async () => {
    const release = holdFormWork()
    const emails = Array.from({ length: 6 }, (_, i) => `volgorde-${i}@example.org`)
    for (const email of emails) expect((await postJson(api, PATH, valid(email), freshIp())).status).toBe(202)
    expect(worked.filter((submission) => emails.includes(submission.values.email ?? ''))).toEqual([])
    release()
    await formWorkProcessed()
    expect(
      worked.map((submission) => submission.values.email).filter((email) => email?.startsWith('volgorde-')),
    ).toEqual(emails)
  })

  it('logs a failing work without the email address, and goes on with the next', async () => {
    const error = vi.spyOn(payload.logger, 'error')
    try {
      const release = holdFormWork()
      await postJson(api, PATH, valid('Faal@Example.org', { message: 'FAIL bij opslaan' }), freshIp())
      await postJson(api, PATH, valid('na-faal@example.org'), freshIp())
      release()
      await formWorkProcessed()
      expect(workedFor('na-faal@example.org')).toHaveLength(1)
      expect(error).toHaveBeenCalledTimes(1)
      const logged = JSON.stringify(error.mock.calls[0])
      expect(logged).toContain('Formulier contact: inzending niet verwerkt')
      expect(logged).toContain('Opslaan mislukt voor [e-mailadres]')
      expect(logged.toLowerCase()).not.toContain('faal@example.org')
    } finally {
      error.mockRestore()
    }
  })
})

describe('GET /api/forms/consent', () => {
  it('publishes the current consent text of every form, cached for five minutes', async () => {
    const response = await fetch(`${api.url}/api/forms/consent`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
    const body = (await response.json()) as Record<string, { version: string; text: string; privacyUrl: string }>
    expect(Object.keys(body).sort()).toEqual(['aandeelhouder', 'aanmelding', 'contact', 'expertise', 'goed-voorbeeld'])
    expect(body.aanmelding).toEqual({
      version: '2026-12',
      text: consentTexts.aanmelding.at(-1)!.text,
      privacyUrl: '/privacyverklaring',
    })
  })
})

describe('sendFormEmail', () => {
  it('delivers html, text, reply-to and a text attachment through Resend', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nSUMMARY:Bijeenkomst ëën\r\nEND:VCALENDAR\r\n'
    await sendFormEmail(payload, {
      to: 'ontvanger@example.org',
      subject: 'Je aanmelding',
      heading: 'Je bent aangemeld',
      paragraphs: ['Tot dan!', 'Zet de bijeenkomst in je agenda.'],
      button: { label: 'Afmelden', url: 'https://site.example/aanmelden/afmelden?token=t0k' },
      replyTo: 'programmabureau@example.org',
      attachments: [{ filename: 'bijeenkomst.ics', content: ics, contentType: 'text/calendar; method=REQUEST' }],
      key: 'test-attachment-1',
    })
    const mail = stub.emails.find((email) => email.to.includes('ontvanger@example.org'))
    expect(mail).toMatchObject({
      subject: 'Je aanmelding',
      from: 'Met Andere Ogen <nieuwsbrief@example.org>',
      replyTo: ['programmabureau@example.org'],
    })
    expect(mail?.html).toContain('Je bent aangemeld')
    expect(mail?.html).toContain('href="https://site.example/aanmelden/afmelden?token=t0k"')
    expect(mail?.text).toContain('Zet de bijeenkomst in je agenda.')
    expect(mail?.text).toContain('https://site.example/aanmelden/afmelden?token=t0k')
    expect(mail?.attachments).toHaveLength(1)
    const [attachment] = mail?.attachments ?? []
    expect(attachment).toMatchObject({ filename: 'bijeenkomst.ics', contentType: 'text/calendar; method=REQUEST' })
    expect(Buffer.from(attachment?.content ?? '', 'base64').toString('utf8')).toBe(ics)
    expect(stub.requests.at(-1)?.idempotencyKey).toMatch(/\/form-test-attachment-1$/)
  })

  it('throws when Resend refuses the email', async () => {
    stub.refuseRecipients(['geweigerd@example.org'])
    try {
      await expect(
        sendFormEmail(payload, {
          to: 'geweigerd@example.org',
          subject: 'x',
          heading: 'x',
          paragraphs: ['x'],
          key: 'test-refused',
        }),
      ).rejects.toThrow(/niet verstuurd/)
    } finally {
      stub.refuseRecipients([])
    }
  })
})
