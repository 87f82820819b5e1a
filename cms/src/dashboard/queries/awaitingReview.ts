import type { Payload, TypedUser, Where } from 'payload'
import { countedList, type CountedList } from './countedList'

/** The collections contributors write drafts in, which wait for an editor once submitted. */
const REVIEWED = ['news', 'practices'] as const

export type ReviewCount = CountedList<(typeof REVIEWED)[number]>

const submitted: Where = { review: { equals: 'submitted' } }

/** Per reviewed collection: how many drafts wait for an editor ("Ter beoordeling"). */
export async function awaitingReview(payload: Payload, user: TypedUser): Promise<ReviewCount[]> {
  return Promise.all(REVIEWED.map((collection) => countedList(payload, user, collection, submitted)))
}
