import type { NewsletterSettings } from '../settings'

/**
 * The Idempotency-Key Resend sees: this installation's id, then the key stored with the batch
 * or mail. The stored part travels with a database copy; the prefix comes from the environment.
 */
export const idempotencyKey = (settings: Pick<NewsletterSettings, 'installationId'>, local: string): string =>
  `${settings.installationId}/${local}`
