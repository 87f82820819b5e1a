import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { LOGIN_ATTEMPTS_PER_CLIENT } from '../src/collections/Users/hooks/throttleLogin'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { postJson } from './support/http'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'editor', 'doelwit@example.org')
  // The throttle counts in fixed 10-minute windows: start each test at the beginning of one.
  vi.useFakeTimers({ toFake: ['Date'] })
})

afterAll(async () => {
  vi.useRealTimers()
  await api.close()
})

let windowStart = Date.UTC(2031, 0, 1)
const nextWindow = () => vi.setSystemTime((windowStart += 10 * 60 * 1000))

const attempt = (client: string, password: string) =>
  postJson(api, '/api/users/login', { email: 'doelwit@example.org', password }, { 'x-mao-client-ip': client })

describe('logging in', () => {
  it('is throttled per client before wrong passwords can lock the account', async () => {
    nextWindow()
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_CLIENT; i += 1)
      expect((await attempt('203.0.113.1', 'fout-wachtwoord')).status).toBe(401)
    const throttled = await attempt('203.0.113.1', 'correct-horse-battery-staple')
    expect(throttled.status).toBe(429)
    expect(((await throttled.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /Te veel inlogpogingen/,
    )
    // The account itself is not locked: the editor logs in from their own address.
    expect((await attempt('198.51.100.2', 'correct-horse-battery-staple')).status).toBe(200)
  })

  it('counts requests without a resolved address together', async () => {
    nextWindow()
    const statuses = []
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_CLIENT; i += 1)
      statuses.push((await postJson(api, '/api/users/login', { email: 'niemand@example.org', password: 'x' })).status)
    expect(statuses.at(-1)).toBe(429)
  })

  it('is open again in the next window', async () => {
    nextWindow()
    expect((await attempt('203.0.113.1', 'correct-horse-battery-staple')).status).toBe(200)
  })

  it('is not throttled for our own code (Local API)', async () => {
    nextWindow()
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_CLIENT; i += 1)
      await expect(
        payload.login({ collection: 'users', data: { email: 'niemand@example.org', password: 'x' } }),
      ).rejects.toMatchObject({ status: 401 })
  })
})
