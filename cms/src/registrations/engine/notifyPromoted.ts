import type { Payload } from 'payload'
import { hashToken, randomToken, sendFormEmail } from '../../forms'
import { REGISTRATIONS } from '../collections/Registrations'
import { promotionEmail } from '../emails/registrationEmails'
import type { RegistrationTarget } from '../targets/loadTarget'
import { claimNotice } from './claimNotice'
import type { RegistrationRow } from './rows'

/**
 * Mails each person who moved up from the waitlist, once: racing cancellations may both report
 * a promotion, but only one claims its notice. The email carries a new cancel link (only hashes are
 * stored, so the old one is replaced).
 */
export async function notifyPromoted(
  payload: Payload,
  target: RegistrationTarget,
  promoted: RegistrationRow[],
): Promise<void> {
  for (const row of promoted) {
    if (!(await claimNotice(payload, `promoted:${row.id}`))) continue
    const cancelToken = randomToken()
    await payload.db.updateOne({
      collection: REGISTRATIONS,
      id: row.id,
      data: { cancelTokenHash: hashToken(cancelToken) },
      returning: false,
    })
    try {
      await sendFormEmail(payload, promotionEmail(target, row, cancelToken, `registration-promoted-${row.id}`))
    } catch (error) {
      payload.logger.error({
        msg: `Inschrijving ${row.id}: e-mail over de vrijgekomen plaats niet verstuurd`,
        err: error,
      })
    }
  }
}
