/**
 * What a visitor agrees to when signing up. The site shows this text next to the form (it
 * fetches it from GET /api/subscribers/consent at build time) and the consent record stores the
 * text of the version the form was built with, so we can always show what someone agreed to.
 */
export type ConsentVersion = { version: string; text: string; privacyUrl: string }

export const consentVersions: readonly ConsentVersion[] = [
  {
    version: '2026-01',
    text:
      'Ik ontvang graag elke twee weken de nieuwsupdate van Met Andere Ogen per e-mail. ' +
      'Mijn e-mailadres (en naam, als ik die invul) wordt alleen daarvoor gebruikt en niet gedeeld. ' +
      'Ik kan me bij elke nieuwsupdate met één klik afmelden.',
    privacyUrl: '/privacyverklaring',
  },
]

export const currentConsent = (): ConsentVersion => consentVersions.at(-1)!

/** The consent of the version a form sent, or the current one for an unknown or missing version. */
export function consentFor(version: unknown): ConsentVersion {
  return consentVersions.find((entry) => entry.version === version) ?? currentConsent()
}

/** Where the sign-up came from; anything else is stored as 'anders'. */
export const signupForms = ['nieuwsbrief-pagina', 'voettekst', 'anders'] as const
export type SignupForm = (typeof signupForms)[number]

const ALIASES: Record<string, SignupForm> = { footer: 'voettekst', pagina: 'nieuwsbrief-pagina' }

export function signupForm(value: unknown): SignupForm {
  if (typeof value !== 'string') return 'anders'
  if (signupForms.includes(value as SignupForm)) return value as SignupForm
  return ALIASES[value] ?? 'anders'
}
