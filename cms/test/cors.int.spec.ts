import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { login, postJson } from './support/http'

const SITE = 'https://site.example'
let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let cookie: string

beforeAll(async () => {
  stub = await useResendStub()
  process.env.CMS_URL = 'https://cms-intern.example'
  expect(process.env.SITE_URL).toBe(SITE)
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'editor', 'cors-editor@example.org')
  cookie = `payload-token=${await login(api, 'cors-editor@example.org')}`
})

afterAll(async () => {
  await api?.close()
  await stub?.close()
})

const me = (headers: Record<string, string>) => fetch(`${api.url}/api/users/me`, { headers: { cookie, ...headers } })
const meUser = async (headers: Record<string, string>) =>
  ((await (await me(headers)).json()) as { user: { email: string } | null }).user

describe("the site's origin and editors' sessions", () => {
  it('gives a credentialed request from the site no CORS grant', async () => {
    const response = await me({ origin: SITE })
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).not.toBe(SITE)
    const preflight = await fetch(`${api.url}/api/users/me`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'GET' },
    })
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    expect(preflight.headers.get('access-control-allow-origin')).not.toBe(SITE)
  })

  it("does not accept an editor's cookie on a request from the site (CSRF)", async () => {
    expect(await meUser({ origin: SITE })).toBeNull()
    // The same cookie from the CMS's own origins (CMS_URL, and CMS_PUBLIC_URL as serverURL) is the editor.
    expect((await meUser({ origin: 'https://cms-intern.example' }))?.email).toBe('cors-editor@example.org')
    expect((await meUser({ origin: process.env.CMS_PUBLIC_URL! }))?.email).toBe('cors-editor@example.org')
    expect((await meUser({ 'sec-fetch-site': 'same-origin' }))?.email).toBe('cors-editor@example.org')
  })

  it('lets the site call the public newsletter endpoint, without credentials', async () => {
    const response = await postJson(
      api,
      '/api/subscribers/subscribe',
      { email: 'cors-site@example.org' },
      { origin: SITE, accept: 'application/json', 'x-forwarded-for': '198.51.100.77' },
    )
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const preflight = await fetch(`${api.url}/api/subscribers/subscribe`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
  })
})
