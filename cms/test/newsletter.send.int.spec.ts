import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Newsletter } from '@mao/shared/payload-types'
import type { ResendStub } from '@mao/resend-stub'
import { newsletterSettings } from '../src/newsletter/settings'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { image, publish, subscribers, succeededBuild, waitForStatus } from './support/content'
import { useResendStub } from './support/env'
import { confirmToken, login, postForm, postJson } from './support/http'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let editor: Record<string, string>
let edition: Newsletter
let cardFile: string

const CONFIRMED = ['een@example.org', 'twee@example.org', 'drie@example.org']
const SIGNED_UP = ['via-formulier@example.org', 'ook-formulier@example.org']
const EXCLUDED = {
  'wacht@example.org': 'pending',
  'weg@example.org': 'unsubscribed',
  'stuk@example.org': 'bounced',
  'spam@example.org': 'complained',
} as const

beforeAll(async () => {
  stub = await useResendStub()
  process.env.NEWSLETTER_BATCH_SIZE = '2'
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  editor = { authorization: `JWT ${await login(api, 'editor@example.org')}` }
  await publish(payload, 'news', 'Oud nieuws', { minutesAgo: 60 * 24 * 30 })
  await publish(payload, 'news', 'Eerste bericht', { minutesAgo: 300 })
  await publish(payload, 'practices', 'Goed voorbeeld uit Zwolle', { minutesAgo: 200 })
  const photo = await image(payload, 'Leerlingen en een jeugdhulpverlener in de klas')
  cardFile = photo.sizes?.card?.filename ?? ''
  await publish(payload, 'news', 'Laatste bericht', { minutesAgo: 100, heroImage: photo.id })
  await publish(payload, 'news', 'Niet voor de nieuwsbrief', { minutesAgo: 50, inNewsletter: false })
  await subscribers(payload, { ...Object.fromEntries(CONFIRMED.map((email) => [email, 'confirmed'])), ...EXCLUDED })
})

afterAll(async () => {
  await api.close()
  await stub.close()
  delete process.env.NEWSLETTER_BATCH_SIZE
})

const titles = async (doc: Newsletter) => {
  const full = await payload.findByID({ collection: 'newsletters', id: doc.id, depth: 1 })
  return (full.items ?? []).map((row) => (typeof row.item.value === 'object' ? row.item.value.title : row.item.value))
}

describe('the biweekly edition', () => {
  it('is reached by subscribing and confirming with the button', async () => {
    for (const email of SIGNED_UP) {
      await postForm(api, '/api/subscribers/subscribe', { email, form: 'nieuwsbrief-pagina' })
      await stub.waitFor(() => stub.emails.some((mail) => mail.to.includes(email)))
      const token = confirmToken(stub.emails.find((mail) => mail.to.includes(email))?.text)
      const response = await postForm(api, '/api/subscribers/confirm', { token })
      expect(response.headers.get('location')).toBe('https://site.example/nieuwsbrief/bevestigd')
    }
  })

  it('is composed as a draft by the scheduled job, with the new items, and the editors are told', async () => {
    await payload.jobs.queue({ task: 'newsletterCompose', input: {}, queue: 'newsletter' })
    await payload.jobs.run({ queue: 'newsletter' })
    const { docs } = await payload.find({ collection: 'newsletters' })
    expect(docs).toHaveLength(1)
    edition = docs[0]!
    expect(edition).toMatchObject({ edition: 1, title: 'Nieuwsupdate 1', status: 'draft' })
    expect(await titles(edition)).toEqual(['Laatste bericht', 'Goed voorbeeld uit Zwolle', 'Eerste bericht'])
    const notices = stub.emails.filter((mail) => mail.subject === 'Concept klaar: Nieuwsupdate 1')
    expect(notices.flatMap((mail) => mail.to).sort()).toEqual(['admin@example.org', 'editor@example.org'])
    expect(notices[0]?.text).toContain(`https://cms.example/admin/collections/newsletters/${edition.id}`)
  })

  it('is not composed twice while a draft is open', async () => {
    await payload.jobs.queue({ task: 'newsletterCompose', input: {}, queue: 'newsletter' })
    await payload.jobs.run({ queue: 'newsletter' })
    expect((await payload.count({ collection: 'newsletters' })).totalDocs).toBe(1)
  })

  it('can also be created by hand, filled with the same items', async () => {
    const response = await postJson(api, '/api/newsletters', { intro: 'Met de hand' }, editor)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Newsletter }
    expect(doc.edition).toBe(2)
    expect(await titles(doc)).toEqual(['Laatste bericht', 'Goed voorbeeld uit Zwolle', 'Eerste bericht'])
    const removed = await fetch(`${api.url}/api/newsletters/${doc.id}`, { method: 'DELETE', headers: editor })
    expect(removed.status).toBe(200)
  })

  it('keeps the order the editor chooses', async () => {
    const items = [...(edition.items ?? [])].reverse().map(({ item }) => ({
      item: { relationTo: item.relationTo, value: typeof item.value === 'object' ? item.value.id : item.value },
    }))
    const response = await fetch(`${api.url}/api/newsletters/${edition.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...editor },
      body: JSON.stringify({ items, intro: 'Welkom bij de eerste nieuwsupdate.\n\nVeel leesplezier!' }),
    })
    expect(response.status).toBe(200)
    expect(await titles(edition)).toEqual(['Eerste bericht', 'Goed voorbeeld uit Zwolle', 'Laatste bericht'])
  })

  it('has a preview for editors showing the email as sent, and none for anonymous visitors', async () => {
    expect((await fetch(`${api.url}/api/newsletters/${edition.id}/preview`)).status).toBe(401)
    const response = await fetch(`${api.url}/api/newsletters/${edition.id}/preview`, { headers: editor })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*lang="nl"/)
    expect(html.indexOf('Eerste bericht')).toBeLessThan(html.indexOf('Laatste bericht'))
    expect(html).toContain('href="https://site.example/nieuws/eerste-bericht"')
    expect(html).toContain('href="https://site.example/toolbox/goede-voorbeelden/goed-voorbeeld-uit-zwolle"')
    expect(html).toContain('https://site.example/nieuwsbrief/afmelden?token=voorbeeld')
    expect(cardFile).toMatch(/\.webp$/)
    expect(html).toMatch(
      new RegExp(
        `<img alt="Leerlingen en een jeugdhulpverlener in de klas"[^>]*src="https://site.example/nieuwsbrief/beelden/${cardFile}"`,
      ),
    )
    const text = await (
      await fetch(`${api.url}/api/newsletters/${edition.id}/preview?format=text`, { headers: editor })
    ).text()
    expect(text).toContain('Welkom bij de eerste nieuwsupdate.')
    expect(text).toContain('<https://site.example/nieuws/laatste-bericht>')
  })

  it('goes as a test to the chosen addresses only', async () => {
    const before = stub.emails.length
    const bad = await postJson(api, `/api/newsletters/${edition.id}/send-test`, { addresses: 'geen-adres' }, editor)
    expect(bad.status).toBe(400)
    const response = await postJson(
      api,
      `/api/newsletters/${edition.id}/send-test`,
      { addresses: 'test1@example.org, test2@example.org' },
      editor,
    )
    expect(response.status).toBe(200)
    const sent = stub.emails.slice(before)
    expect(sent.flatMap((mail) => mail.to).sort()).toEqual(['test1@example.org', 'test2@example.org'])
    expect(sent.every((mail) => mail.subject === '[TEST] Nieuwsupdate 1')).toBe(true)
  })

  it('cannot be sent as a draft, nor be marked sent by hand', async () => {
    const draft = await postJson(api, `/api/newsletters/${edition.id}/send`, {}, editor)
    expect(draft.status).toBe(409)
    expect(((await draft.json()) as { message: string }).message).toMatch(/Keur de nieuwsupdate eerst goed/)
    for (const status of ['sending', 'sent']) {
      const response = await fetch(`${api.url}/api/newsletters/${edition.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...editor },
        body: JSON.stringify({ status }),
      })
      expect(response.status).toBe(400)
    }
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('draft')
  })

  it('waits for a successful site build containing its items', async () => {
    const approve = await fetch(`${api.url}/api/newsletters/${edition.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...editor },
      body: JSON.stringify({ status: 'approved' }),
    })
    expect(approve.status).toBe(200)
    await succeededBuild(payload, new Date(Date.now() - 60 * 60_000))
    const refused = await postJson(api, `/api/newsletters/${edition.id}/send`, {}, editor)
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { message: string }).message).toMatch(/niet meer gebouwd/)
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('approved')
  })

  it('is sent once to every confirmed subscriber, paced, retrying 429s with the same idempotency key', async () => {
    await succeededBuild(payload)
    process.env.RESEND_RATE_PER_SECOND = '5'
    stub.setRules([{ path: '/emails/batch', times: 2, action: { type: 'status', status: 429, retryAfter: 1 } }])
    const firstRequest = stub.requests.length
    const response = await postJson(api, `/api/newsletters/${edition.id}/send`, {}, editor)
    expect(response.status).toBe(202)
    expect(await response.json()).toMatchObject({ ok: true, total: 5, batches: 3 })
    const sent = await waitForStatus(payload, edition.id, 'sent')
    process.env.RESEND_RATE_PER_SECOND = '50'
    stub.setRules([])
    expect(sent.progress).toMatchObject({ total: 5, sent: 5, failed: 0 })
    const progress = await fetch(`${api.url}/api/newsletters/${edition.id}/progress`, { headers: editor })
    expect(await progress.json()).toMatchObject({ status: 'sent', total: 5, sent: 5, failed: 0 })
    expect((await fetch(`${api.url}/api/newsletters/${edition.id}/progress`)).status).toBe(401)

    const requests = stub.requests.slice(firstRequest).filter((request) => request.path === '/emails/batch')
    // Keys are unique per installation: a copied database sends under other keys.
    const prefix = `${newsletterSettings().installationId}/`
    expect(requests.map((request) => [request.idempotencyKey, request.status])).toEqual([
      [`${prefix}newsletter-1-batch-1`, 429],
      [`${prefix}newsletter-1-batch-1`, 429],
      [`${prefix}newsletter-1-batch-1`, 200],
      [`${prefix}newsletter-1-batch-2`, 200],
      [`${prefix}newsletter-1-batch-3`, 200],
    ])
    // retry-after: 1 honoured; otherwise no two requests closer than 1/5 s (with timer slack).
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(990)
    expect(requests[2]!.at - requests[1]!.at).toBeGreaterThanOrEqual(990)
    for (let index = 3; index < requests.length; index += 1)
      expect(requests[index]!.at - requests[index - 1]!.at).toBeGreaterThanOrEqual(180)

    const delivered = stub.emails.filter((mail) => mail.subject === 'Nieuwsupdate 1')
    const recipients = delivered.flatMap((mail) => mail.to).sort()
    expect(recipients).toEqual([...CONFIRMED, ...SIGNED_UP].sort())
    for (const excluded of Object.keys(EXCLUDED)) expect(recipients).not.toContain(excluded)
    const links = new Set<string>()
    for (const mail of delivered) {
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
      expect(mail.headers['List-Unsubscribe']).toMatch(
        /^<https:\/\/cms\.example\/api\/subscribers\/unsubscribe\?token=[^>]+>, <mailto:afmelden@example\.org\?subject=afmelden>$/,
      )
      const footer = /https:\/\/site\.example\/nieuwsbrief\/afmelden\?token=([^"<\s]+)/.exec(mail.html ?? '')?.[1]
      expect(footer).toBeTruthy()
      expect(mail.text).toContain(`https://site.example/nieuwsbrief/afmelden?token=${footer}`)
      links.add(footer!)
    }
    expect(links.size).toBe(delivered.length)
  })

  it('unsubscribes a recipient at once through the List-Unsubscribe one-click POST', async () => {
    const mail = stub.emails.find(
      (entry) => entry.subject === 'Nieuwsupdate 1' && entry.to.includes('twee@example.org'),
    )!
    const url = /<(https:\/\/[^>]+)>/
      .exec(mail.headers['List-Unsubscribe']!)![1]!
      .replace('https://cms.example', api.url)
    const response = await postForm(api, url.slice(api.url.length), { 'List-Unsubscribe': 'One-Click' })
    expect(response.status).toBe(200)
    const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: 'twee@example.org' } } })
    expect(docs[0]?.status).toBe('unsubscribed')
  })

  it('is locked once sent, and public in the archive without its send internals', async () => {
    const change = await fetch(`${api.url}/api/newsletters/${edition.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...editor },
      body: JSON.stringify({ title: 'Andere titel' }),
    })
    expect(change.status).toBe(409)
    const asEditor = (await (
      await fetch(`${api.url}/api/newsletters/${edition.id}`, { headers: editor })
    ).json()) as Newsletter
    expect(asEditor.sendLog?.map((entry) => entry.message).join('\n')).toMatch(/Verstuurd: 5 van 5/)
    const archive = (await (await fetch(`${api.url}/api/newsletters?where[status][equals]=sent&depth=1`)).json()) as {
      docs: Record<string, unknown>[]
    }
    expect(archive.docs).toHaveLength(1)
    expect(archive.docs[0]).toMatchObject({ edition: 1, title: 'Nieuwsupdate 1' })
    const published = archive.docs[0]!
    expect(published).not.toHaveProperty('progress')
    expect(published.sendLog ?? []).toEqual([])
    const json = JSON.stringify(published)
    for (const secret of ['Verstuurd:', '<html', 'owner', 'expiresAt', '@example.org'])
      expect(json).not.toContain(secret)
    const drafts = (await (await fetch(`${api.url}/api/newsletters?where[status][equals]=draft`)).json()) as {
      docs: unknown[]
    }
    expect(drafts.docs).toHaveLength(0)
  })
})
