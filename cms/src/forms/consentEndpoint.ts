import type { Endpoint } from 'payload'
import { formNames, type FormName } from '@mao/shared/forms/formSpecs'
import { currentConsentText, privacyPath } from './consentTexts'

export type PublicConsent = Record<FormName, { version: string; text: string; privacyUrl: string }>

export const publicConsent = (): PublicConsent =>
  Object.fromEntries(
    formNames.map((form) => {
      const { version, text } = currentConsentText(form)
      return [form, { version, text, privacyUrl: privacyPath }]
    }),
  ) as PublicConsent

/** GET /api/forms/consent: the consent text and version beside each form, read by the site's build. */
export const consentEndpoint: Endpoint = {
  path: '/forms/consent',
  method: 'get',
  handler: () => Response.json(publicConsent(), { headers: { 'Cache-Control': 'public, max-age=300' } }),
}
