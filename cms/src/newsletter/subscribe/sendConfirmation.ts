import type { Payload } from 'payload'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { renderConfirmationEmail } from './renderConfirmationEmail'
import { sendSingleEmail } from '../send/sendSingleEmail'
import { newsletterSettings } from '../settings'
import { hashToken } from '../../http/linkTokens'
import { CONFIRM_TOKEN_HOURS } from './tokens'

export const confirmPageUrl = (siteUrl: string, token: string): string =>
  `${siteUrl}${newsletterPaths.confirm}?token=${encodeURIComponent(token)}`

/** The double opt-in mail: a link to the site's confirmation page (which has the button). */
export async function sendConfirmation(payload: Payload, email: string, token: string): Promise<void> {
  const settings = newsletterSettings()
  const siteSettings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => undefined)
  const siteName = siteSettings?.siteName || 'Met Andere Ogen'
  const { html, text } = await renderConfirmationEmail({
    siteName,
    siteUrl: settings.siteUrl,
    confirmUrl: confirmPageUrl(settings.siteUrl, token),
    validHours: CONFIRM_TOKEN_HOURS,
  })
  const outcome = await sendSingleEmail(
    {
      from: settings.from,
      to: [email],
      subject: `Bevestig je aanmelding voor de nieuwsupdate van ${siteName}`,
      html,
      text,
    },
    `confirm-${hashToken(token).slice(0, 40)}`,
  )
  if (!outcome.ok) throw new Error(`Bevestigingsmail niet verstuurd: ${outcome.error.name} ${outcome.error.message}`)
}
