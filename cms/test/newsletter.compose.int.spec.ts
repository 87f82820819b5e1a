import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { composeScheduledEdition } from '../src/newsletter/compose/composeScheduledEdition'
import { systemContext } from '../src/newsletter/systemContext'
import { getTestPayload } from '../src/testing'
import { publish } from './support/content'

let payload: Payload
const DAY = 24 * 3600_000

beforeAll(async () => {
  payload = await getTestPayload()
})

const titlesOf = async (id: number) =>
  ((await payload.findByID({ collection: 'newsletters', id, depth: 1 })).items ?? []).map((row) =>
    typeof row.item.value === 'object' ? row.item.value.title : '',
  )

describe('the scheduled edition (every other week)', () => {
  it('is not made when nothing new was published', async () => {
    expect(await composeScheduledEdition(payload)).toEqual({ created: false, reason: 'no-items' })
  })

  it('is made from what was published since the previous edition, then waits two weeks', async () => {
    await publish(payload, 'news', 'Bericht van vorige week', { minutesAgo: 7 * 24 * 60 })
    const first = await composeScheduledEdition(payload)
    if (!first.created) throw new Error(`not created: ${first.reason}`)
    expect(await titlesOf(first.newsletter.id)).toEqual(['Bericht van vorige week'])
    // Sent; a week later the weekly cron fires again: too soon.
    await payload.update({
      collection: 'newsletters',
      id: first.newsletter.id,
      data: { status: 'sent', sentAt: new Date().toISOString() },
      context: systemContext,
    })
    await publish(payload, 'practices', 'Nieuw voorbeeld', { minutesAgo: 0 })
    expect(await composeScheduledEdition(payload, new Date(Date.now() + 7 * DAY))).toEqual({
      created: false,
      reason: 'too-soon',
    })
    // Two weeks later: the next edition, with only what is new.
    const second = await composeScheduledEdition(payload, new Date(Date.now() + 14 * DAY))
    if (!second.created) throw new Error(`not created: ${second.reason}`)
    expect(second.newsletter.edition).toBe(first.newsletter.edition! + 1)
    expect(await titlesOf(second.newsletter.id)).toEqual(['Nieuw voorbeeld'])
  })
})
