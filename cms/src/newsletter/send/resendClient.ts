import { Resend } from 'resend'
import { newsletterSettings } from '../settings'

export class MissingResendKeyError extends Error {
  override name = 'MissingResendKeyError'
  constructor() {
    super('RESEND_API_KEY is niet ingesteld: er kan geen e-mail verstuurd worden.')
  }
}

/** A Resend client for the current settings (RESEND_API_KEY, RESEND_BASE_URL for a stub). */
export function resendClient(): Resend {
  const { resendApiKey, resendBaseUrl } = newsletterSettings()
  if (!resendApiKey) throw new MissingResendKeyError()
  return new Resend(resendApiKey, resendBaseUrl ? { baseUrl: resendBaseUrl } : undefined)
}
