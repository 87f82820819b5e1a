import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { purgeRateLimits, RateLimiter } from '../src/limits/rateLimiter'
import { getTestPayload } from '../src/testing'

let payload: Payload
let names = 0

beforeAll(async () => {
  payload = await getTestPayload()
})

/** A limiter of its own per test, on a clock the test moves. */
function limiter(limit: number, windowMs = 60_000) {
  const clock = { now: 10 * windowMs }
  return {
    clock,
    limiter: new RateLimiter({
      name: `test-${++names}`,
      limit: () => limit,
      windowMs: () => windowMs,
      now: () => clock.now,
    }),
  }
}

const hits = async (rateLimiter: RateLimiter, key: string, times: number) => {
  const results: boolean[] = []
  for (let i = 0; i < times; i += 1) results.push(await rateLimiter.hit(payload, key))
  return results
}

const rows = async () => (await payload.count({ collection: 'rate-limit-hits', overrideAccess: true })).totalDocs

describe('the rate limiter', () => {
  it('allows `limit` hits per key per window, and each key its own', async () => {
    const { limiter: l } = limiter(2)
    expect(await hits(l, 'a', 3)).toEqual([true, true, false])
    expect(await hits(l, 'b', 1)).toEqual([true])
  })

  it('starts counting afresh in the next window', async () => {
    const { limiter: l, clock } = limiter(1, 1000)
    expect(await hits(l, 'a', 2)).toEqual([true, false])
    clock.now += 1000
    expect(await hits(l, 'a', 2)).toEqual([true, false])
  })

  it('shares its counts between instances (as between CMS processes), but not between limiters', async () => {
    const { limiter: one, clock } = limiter(2)
    const two = new RateLimiter({ name: `test-${names}`, limit: () => 2, windowMs: () => 60_000, now: () => clock.now })
    const other = limiter(2).limiter
    expect(await one.hit(payload, 'shared')).toBe(true)
    expect(await two.hit(payload, 'shared')).toBe(true)
    expect(await one.hit(payload, 'shared')).toBe(false)
    expect(await other.hit(payload, 'shared')).toBe(true)
  })

  it('lets exactly `limit` of many simultaneous hits through', async () => {
    const { limiter: l } = limiter(5)
    const results = await Promise.all(Array.from({ length: 25 }, () => l.hit(payload, 'racing')))
    expect(results.filter(Boolean)).toHaveLength(5)
  })

  it('stores a bounded key however long the key it is given', async () => {
    const { limiter: l } = limiter(3)
    const key = 'x'.repeat(100_000)
    expect(await hits(l, key, 4)).toEqual([true, true, true, false])
    expect(await hits(l, `${key}y`, 1)).toEqual([true])
    const { docs } = await payload.find({ collection: 'rate-limit-hits', overrideAccess: true, limit: 0 })
    for (const doc of docs) expect(doc.slot.length).toBeLessThanOrEqual(50)
  })

  it('writes nothing for a refused hit and purges windows that have ended', async () => {
    await purgeRateLimits(payload, Number.MAX_SAFE_INTEGER)
    const { limiter: l, clock } = limiter(2, 1000)
    await hits(l, 'a', 5)
    for (let key = 0; key < 50; key += 1) await l.hit(payload, `flood-${key}`)
    expect(await rows()).toBe(52)
    clock.now += 1000
    await purgeRateLimits(payload, clock.now)
    expect(await rows()).toBe(0)
  })

  it('purges ended windows by itself as it goes', async () => {
    await purgeRateLimits(payload, Number.MAX_SAFE_INTEGER)
    const { limiter: l, clock } = limiter(1, 1000)
    for (let key = 0; key < 20; key += 1) await l.hit(payload, `old-${key}`)
    clock.now += 60_000
    await l.hit(payload, 'new')
    expect(await rows()).toBe(1)
  })
})
