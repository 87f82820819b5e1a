import type { Payload } from 'payload'
import type { Newsletter } from '@mao/shared/payload-types'
import type { EmailContent } from '../send/personaliseEmail'
import { renderEdition } from './renderEdition'

/**
 * What this edition looks like as an email: for an edition being sent or sent, exactly the
 * frozen copy that went out; otherwise freshly rendered from its current content.
 */
export async function editionForDisplay(
  payload: Payload,
  id: number | string,
): Promise<{ doc: Newsletter; email: EmailContent }> {
  const doc = await payload.findByID({
    collection: 'newsletters',
    id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  if ((doc.status === 'sending' || doc.status === 'sent') && doc.snapshot?.html) {
    return {
      doc,
      email: { subject: doc.snapshot.subject ?? '', html: doc.snapshot.html, text: doc.snapshot.text ?? '' },
    }
  }
  const { subject, html, text } = await renderEdition(payload, doc)
  return { doc, email: { subject, html, text } }
}
