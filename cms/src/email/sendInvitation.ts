import type { PayloadRequest } from 'payload'
import type { User } from '@mao/shared/payload-types'
import { userRoleOptions } from '@mao/shared/selectOptions'
import { siteName } from '../forms'
import { adminUrl, resetPasswordUrl } from './adminUrl'
import { renderEditorEmail } from './renderEditorEmail'
import { INVITATION_VALID_DAYS, INVITATION_VALID_MS } from './validity'

const roleLabel = (role: User['role']): string =>
  (userRoleOptions.find((option) => option.value === role)?.label ?? role).toLowerCase()

/**
 * Invites a new account: a forgot-password token through Payload's own operation (no mail from
 * it, a longer validity), then our mail with the link that sets the first password. No password
 * travels by mail. Runs in `req`'s transaction, so the token belongs to the account being created.
 */
export async function sendInvitation(req: PayloadRequest, user: Pick<User, 'email' | 'name' | 'role'>): Promise<void> {
  const { payload } = req
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email: user.email },
    disableEmail: true,
    expiration: INVITATION_VALID_MS,
    req,
  })
  if (!token) throw new Error('Geen uitnodigingstoken: het account is niet gevonden.')
  const name = await siteName(payload)
  const inviter = req.user && 'name' in req.user && typeof req.user.name === 'string' ? req.user.name : undefined
  const subject = `Je bent uitgenodigd voor de redactie van ${name}`
  const { html, text } = await renderEditorEmail(payload, {
    heading: subject,
    paragraphs: [
      `Hallo ${user.name},`,
      `${inviter ?? 'De beheerder'} heeft een account voor je aangemaakt in het beheer van de website van ${name}, als ${roleLabel(user.role)}.`,
      `Kies via de knop hieronder je eigen wachtwoord. De link is ${INVITATION_VALID_DAYS} dagen geldig en werkt één keer.`,
      `Daarna log je in op ${adminUrl(payload, payload.config.admin.routes.login)} met dit e-mailadres (${user.email}). Is de link verlopen? Kies dan op die pagina "Wachtwoord vergeten?".`,
    ],
    button: { label: 'Wachtwoord kiezen', url: resetPasswordUrl(payload, token) },
  })
  await payload.sendEmail({ to: user.email, subject, html, text })
}
