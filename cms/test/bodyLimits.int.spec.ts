import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { login, signWebhook } from './support/http'
import type { ResendStub } from '@mao/resend-stub'
import { WEBHOOK_SECRET } from './support/env'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let token: string

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'editor', 'uploader@example.org')
  token = await login(api, 'uploader@example.org')
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
const message = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message

async function upload(files: number) {
  const form = new FormData()
  form.set('_payload', JSON.stringify({ alt: 'Vlak' }))
  for (let i = 0; i < files; i += 1)
    form.append('file', new Blob([await png()], { type: 'image/png' }), `vlak-${i}.png`)
  return fetch(`${api.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
}

describe('request bodies', () => {
  it('take one file per upload request', async () => {
    expect((await upload(1)).status).toBe(201)
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const response = await upload(2)
    expect(response.status).toBe(413)
    expect(await message(response)).toMatch(/één bestand per keer/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('over 1 MB of JSON are refused before Payload parses them', async () => {
    const response = await fetch(`${api.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(1024 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect(await message(response)).toMatch(/te groot/)
  })

  it('to the Resend webhook are capped before the signature is checked', async () => {
    const event = { type: 'email.bounced', data: { to: ['a@example.org'], padding: 'x'.repeat(70 * 1024) } }
    const body = JSON.stringify(event)
    const response = await fetch(`${api.url}/api/newsletter/webhooks/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signWebhook(WEBHOOK_SECRET, body) },
      body,
    })
    expect(response.status).toBe(413)
    const small = JSON.stringify({ type: 'email.delivered', data: { to: ['a@example.org'] } })
    const accepted = await fetch(`${api.url}/api/newsletter/webhooks/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signWebhook(WEBHOOK_SECRET, small) },
      body: small,
    })
    expect(accepted.status).toBe(200)
  })
})
