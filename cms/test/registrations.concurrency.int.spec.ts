import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { formWorkProcessed } from '../src/forms'
import { register } from '../src/registrations/engine/register'
import { loadTarget } from '../src/registrations/targets/loadTarget'
import { getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { postJson } from './support/http'
import { approvedShareholders, community, registrationsOf } from './support/registrations'

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

const emails = (prefix: string) => Array.from({ length: 60 }, (_, index) => `${prefix}-${index + 1}@example.org`)

/** Exactly `capacity` registered, the rest waiting, numbers 1..n once each, places by number. */
function expectFairPlaces(rows: Awaited<ReturnType<typeof registrationsOf>>, total: number, capacity: number) {
  expect(rows).toHaveLength(total)
  expect(rows.map((row) => row.sequence)).toEqual(Array.from({ length: total }, (_, index) => index + 1))
  expect(new Set(rows.map((row) => row.email)).size).toBe(total)
  expect(rows.filter((row) => row.status === 'registered')).toHaveLength(capacity)
  expect(rows.filter((row) => row.status === 'waitlist')).toHaveLength(total - capacity)
  for (const row of rows) expect(row.status).toBe(row.sequence <= capacity ? 'registered' : 'waitlist')
}

describe('60 registrations at once for 25 places', () => {
  it('the engine places exactly 25 and puts 35 on the waitlist, numbered without gaps', async () => {
    const doc = await community(payload, { capacity: 25 })
    const target = (await loadTarget(payload, `communities:${doc.id}`))!
    const people = emails('motor')
    const startedAt = performance.now()
    const results = await Promise.all(people.map((email) => register(payload, target, { name: email, email })))
    const ms = performance.now() - startedAt
    console.log(`registrations: 60 concurrent engine registrations (capacity 25) on SQLite in ${Math.round(ms)} ms`)

    expect(results.filter((result) => result.created)).toHaveLength(60)
    // What each caller was told matches the settled rows.
    for (const result of results) expect(result.status).toBe(result.row.sequence <= 25 ? 'registered' : 'waitlist')
    expect(
      results
        .filter((result) => result.status === 'waitlist')
        .map((result) => result.waitlistPosition)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 35 }, (_, index) => index + 1))
    expectFairPlaces(await registrationsOf(payload, target.key), 60, 25)
  })

  it('keeps one active registration per address, however many arrive at once', async () => {
    const doc = await community(payload, { capacity: 15 })
    const target = (await loadTarget(payload, `communities:${doc.id}`))!
    const results = await Promise.all(
      Array.from({ length: 8 }, () => register(payload, target, { name: 'Dubbel', email: 'dubbel@example.org' })),
    )
    expect(results.filter((result) => result.created)).toHaveLength(1)
    expect(new Set(results.map((result) => result.row.id)).size).toBe(1)
    expect(await registrationsOf(payload, target.key)).toHaveLength(1)
  })

  it('through the form endpoint: 25 confirmations, 35 waitlist emails, places in arrival order', async () => {
    const doc = await community(payload, { capacity: 25 })
    const key = `communities:${doc.id}`
    const people = emails('http')
    await approvedShareholders(payload, people)
    stub.reset()
    const startedAt = performance.now()
    const answers = await Promise.all(
      people.map((email, index) =>
        postJson(
          api,
          '/api/registrations/register',
          { target: key, name: `Deelnemer ${index + 1}`, email, privacyVersion: '2026-12' },
          { 'x-mao-client-ip': `203.0.113.${index + 1}` },
        ),
      ),
    )
    const answeredMs = performance.now() - startedAt
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 202))
    await formWorkProcessed()
    const ms = performance.now() - startedAt
    console.log(
      `registrations: 60 concurrent HTTP posts answered in ${Math.round(answeredMs)} ms, all registered and mailed in ${Math.round(ms)} ms (SQLite)`,
    )

    const rows = await registrationsOf(payload, key)
    expectFairPlaces(rows, 60, 25)
    await stub.waitFor(() => stub.emails.length === 60)
    for (const row of rows) {
      const mails = stub.emails.filter((mail) => mail.to.includes(row.email))
      expect(mails).toHaveLength(1)
      if (row.sequence <= 25) expect(mails[0]?.subject).toMatch(/^Aanmelding bevestigd/)
      else expect(mails[0]?.text).toContain(`op plaats ${row.sequence - 25}.`)
    }
  })
})
