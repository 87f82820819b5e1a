import type { CollectionAfterChangeHook } from 'payload'
import { mailContributorOnPublish } from '../reviewMail/mailContributorOnPublish'
import { mailOfficeOnSubmit } from '../reviewMail/mailOfficeOnSubmit'
import type { ReviewedCollection } from '../reviewMail/reviewedCollection'
import { queueReviewMail } from '../reviewMail/reviewMailQueue'
import { wasLiveKey } from './rememberLiveStatus'

type Doc = { id: number | string; updatedAt: string; review?: unknown; _status?: unknown }

/**
 * The review flow's mails, once the save is committed: the programme office hears when a draft
 * becomes "Ter beoordeling" (`previousDoc` is the newest version, so saving it again while it
 * waits sends nothing), the contributor who created a document hears when it goes live. The mail
 * tasks skip documents an editor created. Seeding mails nobody.
 */
export const notifyReview: CollectionAfterChangeHook = ({ collection, context, doc, previousDoc, req }) => {
  const saved = doc as Doc
  if (context.seeding === true) return doc
  const change = { collection: collection.slug as ReviewedCollection, id: saved.id, updatedAt: saved.updatedAt }
  const { payload } = req
  if (saved.review === 'submitted' && (previousDoc as Partial<Doc> | undefined)?.review !== 'submitted') {
    queueReviewMail(req, `melding ter beoordeling van ${change.collection} ${change.id}`, () =>
      mailOfficeOnSubmit(payload, change),
    )
  }
  if (saved._status === 'published' && context[wasLiveKey(change.collection, change.id)] !== true) {
    queueReviewMail(req, `melding van publicatie van ${change.collection} ${change.id}`, () =>
      mailContributorOnPublish(payload, change),
    )
  }
  return doc
}
