import type { Payload } from 'payload'
import { expect } from 'vitest'
import { startSend } from '../../src/newsletter/send/startSend'

/** An approved edition with one news item, ready to send. */
export async function approvedEdition(payload: Payload, title: string, newsId: number) {
  const doc = await payload.create({
    collection: 'newsletters',
    data: { title, status: 'draft', items: [{ item: { relationTo: 'news', value: newsId } }] },
  })
  return payload.update({ collection: 'newsletters', id: doc.id, data: { status: 'approved' } })
}

/**
 * An edition in `sending` with its batches frozen, batch 1 tried and nothing sent: the API key
 * was refused. Restores the test key (`re_test_key`) afterwards.
 */
export async function pausedEdition(payload: Payload, title: string, newsId: number) {
  const edition = await approvedEdition(payload, title, newsId)
  process.env.RESEND_API_KEY = 'verkeerde-sleutel'
  try {
    await (
      await startSend(payload, edition.id, 'test')
    ).run
  } finally {
    process.env.RESEND_API_KEY = 're_test_key'
  }
  expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('sending')
  return edition
}
