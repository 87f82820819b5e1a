import { startResendStub } from '@mao/resend-stub'
import { Resend } from 'resend'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { callResend, type ResendResult } from './callResend'
import { Pacer } from './pacer'

type Answer = ResendResult<{ id: string }>

const ok = (headers: Record<string, string> | null): Answer => ({ data: { id: 'x' }, error: null, headers })
const failed = (statusCode: number, name: string, headers: Record<string, string> | null): Answer => ({
  data: null,
  error: { statusCode, name, message: name },
  headers,
})
const limit = (remaining: number, extra: Record<string, string> = {}) => ({
  'ratelimit-limit': '2',
  'ratelimit-remaining': String(remaining),
  'ratelimit-reset': '1',
  ...extra,
})

const options = (pacer: Pacer) => ({
  pacer,
  maxAttempts: 5,
  timeoutMs: 5_000,
  backoffBaseMs: 100,
  backoffMaxMs: 1_000,
})

/**
 * Runs `calls` one after another against scripted answers on fake timers; returns when each
 * request left (ms since the start) and the idempotency key each one carried.
 */
async function run(answers: Answer[], calls: number, pacer = new Pacer(() => 10)) {
  const sent: { at: number; key: string }[] = []
  const outcomes = (async () => {
    const results = []
    for (let call = 0; call < calls; call += 1) {
      const key = `key-${call}`
      results.push(
        await callResend(async () => {
          sent.push({ at: Date.now(), key })
          return answers.shift() ?? ok(null)
        }, options(pacer)),
      )
    }
    return results
  })()
  await vi.runAllTimersAsync()
  return { sent, outcomes: await outcomes }
}

describe('callResend pacing through faults', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
    vi.spyOn(Math, 'random').mockReturnValue(1) // backoff without jitter: 100 ms, 200 ms…
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('without rate-limit headers (a proxy strips them) keeps the fixed gap', async () => {
    const { sent } = await run([ok({}), ok({}), ok({})], 3)
    expect(sent.map(({ at }) => at)).toEqual([0, 110, 220])
  })

  it('with headers sends while requests remain, and after a full window waits for it', async () => {
    const { sent } = await run([ok(limit(1)), ok(limit(0)), ok(limit(0))], 3)
    expect(sent.map(({ at }) => at)).toEqual([0, 0, 1005])
  })

  it('on a 429 waits for retry-after, retries with the same key, then paces by the headers again', async () => {
    const { sent, outcomes } = await run(
      [ok(limit(1)), failed(429, 'rate_limit_exceeded', limit(0, { 'retry-after': '2' })), ok(limit(1)), ok(limit(0))],
      3,
    )
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true])
    expect(sent).toEqual([
      { at: 0, key: 'key-0' },
      { at: 0, key: 'key-1' },
      { at: 2000, key: 'key-1' },
      { at: 2000, key: 'key-2' },
    ])
  })

  it('on a 500 without headers retries after the backoff with the same key, on the fixed gap until headers return', async () => {
    const { sent, outcomes } = await run(
      [ok(limit(1)), failed(500, 'internal_server_error', null), ok(limit(1)), ok(limit(0))],
      3,
    )
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    expect(sent).toEqual([
      { at: 0, key: 'key-0' },
      { at: 0, key: 'key-1' },
      // The backoff (100 ms) is shorter than the fixed gap (110 ms) the headerless answer brought back.
      { at: 110, key: 'key-1' },
      { at: 110, key: 'key-2' },
    ])
  })
})

describe('callResend and the lease', () => {
  it('renews the lease after waiting for its turn, then tells the pacer the request leaves, then sends', async () => {
    const pacer = new Pacer(() => 10)
    const steps: string[] = []
    vi.spyOn(pacer, 'take').mockImplementation(async () => {
      steps.push('take')
      return { seq: 1 }
    })
    vi.spyOn(pacer, 'departed').mockImplementation(() => steps.push('departed'))
    await callResend(
      async () => {
        steps.push('request')
        return ok(null)
      },
      { ...options(pacer), beforeRequest: async () => steps.push('renew') > 0 },
    )
    expect(steps).toEqual(['take', 'renew', 'departed', 'request'])
  })
})

describe('the rate-limit headers through the resend SDK', () => {
  it('reach callResend from the stub on every answer, and a 429 carries retry-after', async () => {
    const stub = await startResendStub({ rateLimitPerSecond: 2, storeBodies: false })
    try {
      const resend = new Resend('re_test', { baseUrl: stub.url })
      const email = { from: 'a@example.org', to: 'b@example.org', subject: 'Test', text: 'Tekst' }
      // Three at once against two per second: one is refused, whichever arrives last.
      const answers = await Promise.all([1, 2, 3].map(() => resend.emails.send(email)))
      expect(answers.map((answer) => answer.headers?.['ratelimit-limit'])).toEqual(['2', '2', '2'])
      expect(answers.map((answer) => answer.headers?.['ratelimit-reset'])).toEqual(['1', '1', '1'])
      expect(answers.map((answer) => answer.headers?.['ratelimit-remaining']).sort()).toEqual(['0', '0', '1'])
      const refused = answers.filter((answer) => answer.error)
      expect(refused.map((answer) => answer.error?.statusCode)).toEqual([429])
      expect(refused[0]?.headers?.['retry-after']).toBe('1')
      expect(answers.filter((answer) => answer.data).every((answer) => !answer.headers?.['retry-after'])).toBe(true)
    } finally {
      await stub.close()
    }
  })
})
