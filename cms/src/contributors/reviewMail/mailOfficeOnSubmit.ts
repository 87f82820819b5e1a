import type { Payload } from 'payload'
import { adminUrl } from '../../email'
import { programmeOfficeAddress, sendFormEmail } from '../../forms'
import { contributorOf } from './contributorOf'
import { documentKind, type ReviewedCollection } from './reviewedCollection'

export type Submission = { collection: ReviewedCollection; id: number | string; updatedAt: string }

/**
 * Tells the programme office that a contributor offered a draft for review, if the stored
 * document still waits for review. Without an office address only the log says so: the draft
 * shows as "Ter beoordeling" in the admin either way.
 */
export async function mailOfficeOnSubmit(payload: Payload, { collection, id, updatedAt }: Submission): Promise<void> {
  const doc = await payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })
    .catch(() => undefined)
  if (doc?.review !== 'submitted') return
  const contributor = await contributorOf(payload, doc.createdBy)
  if (!contributor) return
  const kind = documentKind[collection]
  const url = adminUrl(payload, `/collections/${collection}/${id}`)
  const office = await programmeOfficeAddress(payload)
  if (!office) {
    payload.logger.warn({
      msg: `Beoordeling: ${kind} "${doc.title}" staat ter beoordeling (${url}), maar er staat geen e-mailadres in de site-instellingen (Contact) om het programmabureau te mailen.`,
    })
    return
  }
  const regions = contributor.regions.length ? ` (bijdrager voor ${contributor.regions.join(', ')})` : ''
  await sendFormEmail(payload, {
    to: office,
    replyTo: contributor.email,
    subject: `Bijdrage ter beoordeling: ${doc.title}`,
    heading: 'Bijdrage ter beoordeling',
    paragraphs: [
      `${contributor.name} (${contributor.email})${regions} biedt het ${kind} "${doc.title}" ter beoordeling aan.`,
      'Het staat als concept in het CMS. Bekijk het, vul het zo nodig aan en publiceer het; pas dan komt het op de site.',
    ],
    button: { label: 'Beoordelen in het CMS', url },
    key: `review-submitted-${collection}-${id}-${updatedAt}`,
  })
}
