import type { Payload } from 'payload'
import { sendDecisionEmail } from '../emails/decisionEmail'
import { SHAREHOLDER_APPLICATIONS } from '../slug'
import type { Decision } from './decisions'

/** Tells the hooks of this collection that an update only records mail bookkeeping. */
export const MAIL_BOOKKEEPING = 'shareholderMailBookkeeping'

const sentField = { approved: 'approvedSentAt', declined: 'declinedSentAt' } as const

/**
 * Mails a decision that has been committed: reads the stored application and sends only when it
 * still has this status and this decision was never mailed. The outcome is stored on the
 * application (`decisionMail`), where the editor sees it; a failure leaves the decision as it is.
 */
export async function mailDecision(payload: Payload, id: number | string, decision: Decision): Promise<void> {
  const application = await payload
    .findByID({ collection: SHAREHOLDER_APPLICATIONS, id, depth: 0, overrideAccess: true })
    .catch(() => undefined)
  if (!application || application.status !== decision) return
  if (application.decisionMail?.[sentField[decision]]) return
  const record = (decisionMail: Record<string, string | null>) =>
    payload.update({
      collection: SHAREHOLDER_APPLICATIONS,
      id,
      data: { decisionMail: { ...application.decisionMail, ...decisionMail } },
      depth: 0,
      overrideAccess: true,
      context: { [MAIL_BOOKKEEPING]: true },
    })
  try {
    await sendDecisionEmail(payload, application, decision)
  } catch (error) {
    // Resend may quote the address in its message: keep it out of the log.
    const reason = (error instanceof Error ? error.message : String(error)).replaceAll(
      application.email,
      '[e-mailadres]',
    )
    payload.logger.error({
      msg: `Aandeelhouders: e-mail over besluit (${decision}) voor aanmelding ${id} niet verstuurd: ${reason}`,
    })
    await record({
      failure: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${reason}. Zet de status opnieuw om het nog eens te proberen.`,
    })
    return
  }
  await record({ [sentField[decision]]: new Date().toISOString(), failure: null })
}
