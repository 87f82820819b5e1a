import type { Payload } from 'payload'
import { absoluteUrl, pathFor } from '@mao/shared/urls'
import { sendFormEmail, siteUrl } from '../../forms'
import { contributorOf } from './contributorOf'
import { documentKind, type ReviewedCollection } from './reviewedCollection'

export type Publication = { collection: ReviewedCollection; id: number | string; updatedAt: string }

/** Tells the contributor who created a document that it is on the site, if it still is. */
export async function mailContributorOnPublish(
  payload: Payload,
  { collection, id, updatedAt }: Publication,
): Promise<void> {
  const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true }).catch(() => undefined)
  if (doc?._status !== 'published') return
  const contributor = await contributorOf(payload, doc.createdBy)
  if (!contributor) return
  await sendFormEmail(payload, {
    to: contributor.email,
    subject: `Je bijdrage is gepubliceerd: ${doc.title}`,
    heading: 'Je bijdrage is gepubliceerd',
    paragraphs: [
      `Beste ${contributor.name},`,
      `De redactie heeft je ${documentKind[collection]} "${doc.title}" gepubliceerd. Bedankt voor je bijdrage!`,
      'Het staat op de site zodra die is bijgewerkt; dat duurt meestal een paar minuten.',
    ],
    button: { label: 'Bekijken op de site', url: absoluteUrl(siteUrl(), pathFor(collection, doc)) },
    key: `review-published-${collection}-${id}-${updatedAt}`,
  })
}
