import type { Payload } from 'payload'
import type { Subscriber } from '@mao/shared/payload-types'
import { consentFor, type SignupForm } from './consent'
import { sendConfirmation } from './sendConfirmation'
import { CONFIRM_TOKEN_HOURS, hashToken, randomToken } from './tokens'

export type Signup = { email: string; name?: string; form: SignupForm; privacyVersion?: string }

const findByEmail = async (payload: Payload, email: string): Promise<Subscriber | undefined> =>
  (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/**
 * Record a sign-up and mail a confirmation link. New, pending, unsubscribed and bounced
 * addresses become pending with a fresh token (an earlier link stops working); confirmed
 * addresses and people who marked us as spam are left alone. The caller answers the same in
 * every case and does not wait for the mail, so nothing reveals which case it was.
 */
export async function registerSignup(payload: Payload, signup: Signup): Promise<{ mailed: Promise<void> | undefined }> {
  const existing = await findByEmail(payload, signup.email)
  if (existing && (existing.status === 'confirmed' || existing.status === 'complained')) return { mailed: undefined }
  const token = randomToken()
  const now = new Date()
  const consent = consentFor(signup.privacyVersion)
  const data = {
    email: signup.email,
    name: signup.name ?? existing?.name ?? undefined,
    status: 'pending' as const,
    statusChangedAt: now.toISOString(),
    statusReason: `Aangemeld via formulier (${signup.form})`,
    consent: {
      signedUpAt: now.toISOString(),
      confirmedAt: null,
      form: signup.form,
      consentText: consent.text,
      privacyVersion: consent.version,
    },
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_TOKEN_HOURS * 3600_000).toISOString(),
  }
  const save = (id: number | string | undefined) =>
    id === undefined
      ? payload.create({ collection: 'subscribers', data, depth: 0, overrideAccess: true })
      : payload.update({ collection: 'subscribers', id, data, depth: 0, overrideAccess: true })
  try {
    await save(existing?.id)
  } catch (error) {
    // Two sign-ups for one new address at the same moment: the unique index stopped the second.
    const raced = existing ? undefined : await findByEmail(payload, signup.email)
    if (!raced) throw error
    if (raced.status === 'confirmed' || raced.status === 'complained') return { mailed: undefined }
    await save(raced.id)
  }
  const mailed = sendConfirmation(payload, signup.email, token).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'Nieuwsbrief: bevestigingsmail niet verstuurd' }),
  )
  return { mailed }
}
