import type { Payload } from 'payload'
import type { Newsletter } from '@mao/shared/payload-types'
import { callResend } from '../send/callResend'
import { idempotencyKey } from '../send/idempotencyKey'
import { resendPacer } from '../send/pacer'
import { resendClient } from '../send/resendClient'
import { newsletterSettings } from '../settings'

/**
 * Tell the editors a new draft is ready, by email through the same sender. Without a Resend key
 * (development) only the log says so: the draft is in the admin either way.
 */
export async function notifyEditors(payload: Payload, newsletter: Newsletter): Promise<number> {
  const settings = newsletterSettings()
  const { docs: users } = await payload.find({
    collection: 'users',
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
  })
  const adminUrl = `${settings.cmsPublicUrl}/admin/collections/newsletters/${newsletter.id}`
  const count = newsletter.items?.length ?? 0
  const text = [
    `Het concept van ${newsletter.title} staat klaar met ${count} ${count === 1 ? 'onderdeel' : 'onderdelen'}.`,
    '',
    `Bekijk, verander de volgorde, stuur een test en keur goed: ${adminUrl}`,
  ].join('\n')
  if (!settings.resendApiKey || users.length === 0) {
    payload.logger.info({ msg: `Nieuwsbrief: ${text.replaceAll('\n', ' ')}` })
    return 0
  }
  const resend = resendClient()
  const emails = users.slice(0, 100).map((user) => ({
    from: settings.from,
    to: [user.email],
    subject: `Concept klaar: ${newsletter.title}`,
    text,
  }))
  const outcome = await callResend(
    (signal) =>
      resend.batch.send(emails, {
        idempotencyKey: idempotencyKey(settings, `newsletter-${newsletter.edition}-draft-notice`),
        signal,
      }),
    {
      pacer: resendPacer(),
      maxAttempts: Math.min(settings.maxAttempts, 4),
      timeoutMs: settings.requestTimeoutMs,
      backoffBaseMs: settings.backoffBaseMs,
      backoffMaxMs: settings.backoffMaxMs,
    },
  )
  if (!outcome.ok) payload.logger.error({ msg: `Nieuwsbrief: redactie niet gemaild (${outcome.error.name})` })
  return outcome.ok ? emails.length : 0
}
