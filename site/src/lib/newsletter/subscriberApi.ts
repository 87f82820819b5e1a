import { fetchJson } from '../cms/fetchJson'
import { cmsPublicUrl, cmsUrl } from '../env'
import { trackedSource } from '../incremental/trackedSource'
import { perBuild } from '../incremental/perBuild'

/** Where the visitor's browser posts the newsletter forms: the CMS's public address. */
export const subscriberEndpoint = (action: 'subscribe' | 'confirm' | 'unsubscribe'): string =>
  `${cmsPublicUrl()}/api/subscribers/${action}`

export interface Consent {
  version: string
  text: string
  privacyUrl: string
}

const consent = perBuild<Promise<Consent>>()

/**
 * The consent text and privacy statement version the sign-up form shows, from the CMS (which
 * stores the same text with every sign-up). Fetched once per build; a CMS error fails the build.
 */
export const loadConsent = trackedSource('newsletter-consent', (): Promise<Consent> => {
  const slot = consent()
  slot.value ??= fetchJson(`${cmsUrl()}/api/subscribers/consent`).then((value) => {
    const { version, text, privacyUrl } = (value ?? {}) as Partial<Consent>
    if (typeof version !== 'string' || typeof text !== 'string' || typeof privacyUrl !== 'string') {
      throw new Error('The CMS answered /api/subscribers/consent without version, text and privacyUrl.')
    }
    return { version, text, privacyUrl }
  })
  return slot.value
})
