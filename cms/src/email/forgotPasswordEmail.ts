import type { PayloadRequest } from 'payload'
import type { User } from '@mao/shared/payload-types'
import { siteName } from '../forms'
import { resetPasswordUrl } from './adminUrl'
import { renderEditorEmail } from './renderEditorEmail'
import { PASSWORD_RESET_VALID_HOURS } from './validity'

type ForgotPasswordArgs = { req?: PayloadRequest; token?: string; user?: Partial<User> }

function required(args: ForgotPasswordArgs | undefined): { req: PayloadRequest; token: string; user: Partial<User> } {
  if (!args?.req || !args.token) throw new Error('Payload gaf geen verzoek of token voor de wachtwoordmail.')
  return { req: args.req, token: args.token, user: args.user ?? {} }
}

const hours = (count: number) => (count === 1 ? 'één uur' : `${count} uur`)

/** The Dutch "wachtwoord vergeten" mail, for the users collection's `auth.forgotPassword`. */
export const forgotPasswordEmail = {
  generateEmailSubject: async (args?: ForgotPasswordArgs): Promise<string> =>
    `Wachtwoord vergeten – ${await siteName(required(args).req.payload)}`,

  generateEmailHTML: async (args?: ForgotPasswordArgs): Promise<string> => {
    const { req, token, user } = required(args)
    const name = await siteName(req.payload)
    const { html } = await renderEditorEmail(req.payload, {
      heading: 'Nieuw wachtwoord instellen',
      paragraphs: [
        user.name ? `Hallo ${user.name},` : 'Hallo,',
        `Er is een nieuw wachtwoord aangevraagd voor je account${user.email ? ` (${user.email})` : ''} in het beheer van de website van ${name}.`,
        `Kies via de knop hieronder een nieuw wachtwoord. De link is ${hours(PASSWORD_RESET_VALID_HOURS)} geldig en werkt één keer.`,
        'Heb je dit niet zelf aangevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft hetzelfde.',
      ],
      button: { label: 'Nieuw wachtwoord instellen', url: resetPasswordUrl(req.payload, token) },
    })
    return html
  },
}
