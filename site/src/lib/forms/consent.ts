import { z } from 'astro/zod'
import { formNames, type FormName } from '@mao/shared/forms/formSpecs'
import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'
import { trackedSource } from '../incremental/trackedSource'
import { perBuild } from '../incremental/perBuild'

/** What a form shows about consent; the CMS stores the same text and version with each post. */
export interface FormConsent {
  version: string
  text: string
  privacyUrl: string
}

export type FormConsents = Record<FormName, FormConsent>

const consentSchema = z.object({ version: z.string().min(1), text: z.string().min(1), privacyUrl: z.string().min(1) })

/** The answer of `GET /api/forms/consent`: every form must be there, or the build stops. */
export function parseFormConsents(value: unknown): FormConsents {
  const schema = z.object(Object.fromEntries(formNames.map((form) => [form, consentSchema])))
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new CmsError(`The CMS answered /api/forms/consent with something the forms cannot use: ${issues.join('; ')}`)
  }
  return parsed.data as FormConsents
}

export const fetchFormConsents = async (base: string, fetchImpl: typeof fetch = fetch): Promise<FormConsents> =>
  parseFormConsents(await fetchJson(`${base}/api/forms/consent`, fetchImpl))

const consents = perBuild<Promise<FormConsents>>()

/** The consent of every form, fetched once per build; a CMS error fails the build. */
export const loadFormConsents = trackedSource('form-consents', (): Promise<FormConsents> => {
  const slot = consents()
  slot.value ??= fetchFormConsents(cmsUrl())
  return slot.value
})
