import type { CollectionAfterChangeHook } from 'payload'
import type { ShareholderApplication } from '@mao/shared/payload-types'
import { isDecision } from '../../../review/decisions'
import { MAIL_BOOKKEEPING, mailDecision } from '../../../review/mailDecision'
import { enqueueMail } from '../../../review/mailQueue'
import { transactionEnded } from '../../../../hooks/transactionEnded'

/**
 * An editor approved or declined: the applicant is mailed once the change has been committed
 * (never for a change that is rolled back), outside the request, at most once per decision.
 */
export const notifyDecision: CollectionAfterChangeHook<ShareholderApplication> = ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context[MAIL_BOOKKEEPING]) return doc
  const decision = doc.status
  if (!isDecision(decision) || previousDoc?.status === decision) return doc
  const committed = transactionEnded(req)
  const { payload } = req
  enqueueMail(payload, 'e-mail over besluit', async () => {
    await committed
    await mailDecision(payload, doc.id, decision)
  })
  return doc
}
