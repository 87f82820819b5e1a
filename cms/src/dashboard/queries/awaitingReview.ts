import type { Payload, TypedUser, Where } from 'payload'
import { publicCollectionInfo } from '@mao/shared/collections'
import { listHref } from '../listHref'

/** The collections contributors write drafts in, which wait for an editor once submitted. */
const REVIEWED = ['news', 'practices'] as const

export type ReviewCount = { collection: (typeof REVIEWED)[number]; label: string; count: number; href: string }

const submitted: Where = { review: { equals: 'submitted' } }

/**
 * Per reviewed collection: how many drafts contributors submitted ("Ter beoordeling"). Read from the
 * newest version of each document, as the admin's list does: saving a draft leaves the document's
 * own row as it was, so a draft submitted after its first save is only there.
 */
export async function awaitingReview(payload: Payload, user: TypedUser): Promise<ReviewCount[]> {
  return Promise.all(
    REVIEWED.map(async (collection) => {
      const { totalDocs } = await payload.find({
        collection,
        where: submitted,
        draft: true,
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return {
        collection,
        label: publicCollectionInfo[collection].label,
        count: totalDocs,
        href: listHref(payload.config.routes.admin, collection, submitted),
      }
    }),
  )
}
