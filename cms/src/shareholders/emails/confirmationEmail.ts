import type { Payload } from 'payload'
import { participationPaths } from '@mao/shared/sitePaths'
import { hashToken, sendFormEmail, siteUrl } from '../../forms'
import { CONFIRM_TOKEN_HOURS } from '../apply/confirmToken'

export const confirmPageUrl = (token: string): string =>
  `${siteUrl()}${participationPaths.shareholderConfirm}?token=${encodeURIComponent(token)}`

/** The double opt-in mail: a link to the site's page with the confirm button (GET confirms nothing). */
export async function sendConfirmationEmail(
  payload: Payload,
  application: { email: string; organisation: string },
  token: string,
): Promise<void> {
  await sendFormEmail(payload, {
    to: application.email,
    subject: 'Bevestig je aanmelding als aandeelhouder van Met Andere Ogen',
    heading: 'Bevestig je aanmelding',
    paragraphs: [
      `Je hebt ${application.organisation} aangemeld als aandeelhouder van Met Andere Ogen. Bevestig met de knop hieronder dat dit jouw e-mailadres is. Daarna beoordeelt het programmabureau je aanmelding; je krijgt bericht over het besluit.`,
      `De knop werkt ${CONFIRM_TOKEN_HOURS} uur. Heb je je niet aangemeld? Dan hoef je niets te doen: zonder bevestiging verwijderen we de aanmelding na een week.`,
    ],
    button: { label: 'Aanmelding bevestigen', url: confirmPageUrl(token) },
    key: `shareholder-confirm-${hashToken(token).slice(0, 40)}`,
  })
}
