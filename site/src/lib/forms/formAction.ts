import { formSpecs, type FormName } from '@mao/shared/forms/formSpecs'
import { cmsPublicUrl } from '../env'

/** Where the visitor's browser posts a public form: the CMS's public address plus the form's endpoint. */
export const formAction = (form: FormName): string => `${cmsPublicUrl()}${formSpecs[form].endpoint}`

/** The CMS endpoints the token pages (confirm, cancel) post their one button to. */
export const tokenActions = {
  shareholderConfirm: '/api/shareholder-applications/confirm',
  registrationCancel: '/api/registrations/cancel',
} as const

export const tokenAction = (action: keyof typeof tokenActions): string => `${cmsPublicUrl()}${tokenActions[action]}`
