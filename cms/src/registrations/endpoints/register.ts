import type { Endpoint, Payload } from 'payload'
import { participationPaths } from '@mao/shared/sitePaths'
import {
  formEndpoint,
  randomToken,
  sendFormEmail,
  type FormErrors,
  type FormSubmission,
  type FormValues,
} from '../../forms'
import { approvedShareholder } from '../../shareholders'
import { closedEmail, confirmationEmail, notShareholderEmail } from '../emails/registrationEmails'
import { register } from '../engine/register'
import { requestRegistrationRebuild } from '../engine/requestRebuild'
import { loadTarget } from '../targets/loadTarget'
import { targetFormPath } from '../targets/targetPaths'

export const TARGET_MESSAGES = {
  unknown: 'Aanmelden hiervoor kan niet (meer). Open de pagina opnieuw.',
  closed: 'De aanmelding is gesloten.',
} as const

/** Refuses an unknown, unpublished or closed target; never looks at the email address. */
async function checkTarget(payload: Payload, values: FormValues): Promise<FormErrors | undefined> {
  const target = await loadTarget(payload, values.target ?? '')
  if (!target?.published) return { target: TARGET_MESSAGES.unknown }
  if (!target.open) return { target: TARGET_MESSAGES.closed }
  return undefined
}

/**
 * The registration itself, after the answer: only approved aandeelhouders get a place (or their
 * existing registration's confirmation again); anyone else gets an email saying how to become one.
 */
async function registerSubmission(payload: Payload, { values, consent }: FormSubmission): Promise<void> {
  const target = await loadTarget(payload, values.target ?? '')
  if (!target) return
  const person = { name: values.name ?? '', email: values.email ?? '' }
  const key = `registration-${randomToken()}`
  const shareholder = await approvedShareholder(payload, person.email)
  if (!shareholder) return sendFormEmail(payload, notShareholderEmail(target, person, key))
  if (!target.open) return sendFormEmail(payload, closedEmail(target, person, key))
  const registered = await register(payload, target, {
    ...person,
    organisation: shareholder.organisation,
    shareholder: shareholder.id,
    consent,
  })
  if (registered.created) requestRegistrationRebuild(payload, target, 'Nieuwe inschrijving')
  if (registered.status === 'cancelled') return
  await sendFormEmail(payload, confirmationEmail(target, person, registered, registered.cancelToken, key))
}

/** POST /api/registrations/register: the `aanmelding` form on community and event pages. */
export const registerEndpoints: Endpoint[] = formEndpoint({
  path: '/register',
  form: 'aanmelding',
  formPath: (fields, payload) => targetFormPath(payload, fields.target),
  thanksPath: () => participationPaths.registrationThanks,
  check: checkTarget,
  work: registerSubmission,
})
