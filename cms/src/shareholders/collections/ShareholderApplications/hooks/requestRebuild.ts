import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { ShareholderApplication } from '@mao/shared/payload-types'
import { requestSiteRebuild } from '../../../../rebuild'
import { MAIL_BOOKKEEPING } from '../../../review/mailDecision'

type Shown = Pick<ShareholderApplication, 'status' | 'showPublicly' | 'organisation' | 'sector' | 'province'>

/**
 * Whether the site's aandeelhouders page and figures change: the approved count, or the listed
 * organisations (shown, name, sector, province).
 */
export function changesSite(before: Shown | undefined, after: Shown): boolean {
  const wasApproved = before?.status === 'approved'
  const isApproved = after.status === 'approved'
  if (wasApproved !== isApproved) return true
  if (!isApproved || !before) return false
  if (before.showPublicly !== after.showPublicly) return true
  if (!after.showPublicly) return false
  return (
    before.organisation !== after.organisation || before.sector !== after.sector || before.province !== after.province
  )
}

export const requestRebuildOnChange: CollectionAfterChangeHook<ShareholderApplication> = ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[MAIL_BOOKKEEPING]) return doc
  if (changesSite(operation === 'update' ? previousDoc : undefined, doc))
    requestSiteRebuild(req.payload, `Aandeelhouder gewijzigd: ${doc.organisation}`)
  return doc
}

export const requestRebuildOnDelete: CollectionAfterDeleteHook<ShareholderApplication> = ({ doc, req }) => {
  if (doc.status === 'approved') requestSiteRebuild(req.payload, `Aandeelhouder verwijderd: ${doc.organisation}`)
  return doc
}
