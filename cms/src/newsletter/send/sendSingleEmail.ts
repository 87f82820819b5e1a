import type { CreateEmailOptions } from 'resend'
import { newsletterSettings } from '../settings'
import { callResend, type CallOutcome } from './callResend'
import { idempotencyKey as installationKey } from './idempotencyKey'
import { resendPacer } from './pacer'
import { resendClient } from './resendClient'

/**
 * One transactional email (confirmation, editor notice) through the shared pacer, with a few
 * retries under one idempotency key.
 */
export async function sendSingleEmail(
  email: CreateEmailOptions,
  idempotencyKey: string,
): Promise<CallOutcome<{ id: string }>> {
  const settings = newsletterSettings()
  const resend = resendClient()
  return callResend(
    (signal) => resend.emails.send(email, { idempotencyKey: installationKey(settings, idempotencyKey), signal }),
    {
      pacer: resendPacer(),
      maxAttempts: Math.min(settings.maxAttempts, 4),
      timeoutMs: settings.requestTimeoutMs,
      backoffBaseMs: settings.backoffBaseMs,
      backoffMaxMs: settings.backoffMaxMs,
    },
  )
}
