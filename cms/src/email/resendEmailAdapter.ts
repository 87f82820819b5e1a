import { randomUUID } from 'node:crypto'
import type { EmailAdapter } from 'payload'
import { newsletterSettings, sendSingleEmail } from '../newsletter'
import { senderAddress } from './senderAddress'
import { toResendEmail } from './toResendEmail'

export class EmailNotSentError extends Error {
  override name = 'EmailNotSentError'
}

/**
 * Payload's mails (forgotten password, invitations, notices) through Resend, on the newsletter's
 * configuration: RESEND_API_KEY, RESEND_BASE_URL (a stub in tests) and NEWSLETTER_FROM as the
 * sender. `@payloadcms/email-resend` posts to a fixed api.resend.com, so tests could not reach the
 * stub. Sending shares the newsletter's pacer and retries 429/5xx under one idempotency key. A mail
 * that cannot go out (no API key, Resend keeps refusing) is logged and throws, so the caller knows.
 */
export function resendEmailAdapter(): EmailAdapter<{ id: string }> {
  return ({ payload }) => {
    const sender = senderAddress(newsletterSettings().from)
    return {
      name: 'resend',
      defaultFromName: sender.name,
      defaultFromAddress: sender.address,
      sendEmail: async (message) => {
        const email = toResendEmail(message, sender)
        const fail = (reason: string): never => {
          payload.logger.error({ msg: `E-mail "${email.subject}" niet verstuurd: ${reason}` })
          throw new EmailNotSentError(`E-mail niet verstuurd: ${reason}`)
        }
        // Read per mail, as the newsletter does: tests point these at a stub after start.
        if (!newsletterSettings().resendApiKey) return fail('RESEND_API_KEY is niet ingesteld.')
        const outcome = await sendSingleEmail(email, `payload-${randomUUID()}`)
        if (outcome.ok) return outcome.data
        const { name, message: detail, statusCode } = outcome.error
        return fail(`Resend antwoordde ${statusCode ?? 'niet'} (${name}: ${detail}) na ${outcome.attempts} poging(en).`)
      },
    }
  }
}
