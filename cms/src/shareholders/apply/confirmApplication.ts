import type { Payload } from 'payload'
import { hashToken } from '../../forms'
import { sendOfficeNoticeEmail } from '../emails/officeNoticeEmail'
import { enqueueMail } from '../review/mailQueue'
import { SHAREHOLDER_APPLICATIONS } from '../slug'

/**
 * Confirms the application whose token this is, once: it becomes 'pending' (te beoordelen) and
 * the token is cleared, so a second use or an expired token confirms nothing. The programme
 * office is told afterwards, outside the request.
 */
export async function confirmApplication(payload: Payload, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return false
  const confirmTokenHash = hashToken(token)
  const { docs } = await payload.find({
    collection: SHAREHOLDER_APPLICATIONS,
    where: { and: [{ confirmTokenHash: { equals: confirmTokenHash } }, { status: { equals: 'unconfirmed' } }] },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const application = docs[0]
  if (!application?.confirmTokenExpiresAt || Date.parse(application.confirmTokenExpiresAt) <= Date.now()) return false
  // Conditional on the token still being there: of two racing confirms, one changes the row.
  const { docs: confirmed } = await payload.update({
    collection: SHAREHOLDER_APPLICATIONS,
    where: { and: [{ id: { equals: application.id } }, { confirmTokenHash: { equals: confirmTokenHash } }] },
    data: { status: 'pending', confirmTokenHash: null, confirmTokenExpiresAt: null },
    depth: 0,
    overrideAccess: true,
  })
  if (confirmed.length === 0) return false
  enqueueMail(payload, 'melding aan het programmabureau', () =>
    sendOfficeNoticeEmail(payload, { id: application.id, organisation: application.organisation }),
  )
  return true
}
