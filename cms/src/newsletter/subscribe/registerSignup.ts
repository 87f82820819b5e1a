import type { Payload } from 'payload'
import type { Subscriber } from '@mao/shared/payload-types'
import { consentFor, type SignupForm } from './consent'
import { sendConfirmation } from './sendConfirmation'
import { hashToken, randomToken } from '../../http/linkTokens'
import { CONFIRM_TOKEN_HOURS } from './tokens'

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

/** What a sign-up writes, given what is stored for the address (undefined: nothing to write). */
function signupData(signup: Signup, existing: Subscriber | undefined, tokenHash: string, now: Date) {
  if (existing?.status === 'confirmed' || existing?.status === 'complained') return undefined
  const consent = consentFor(signup.privacyVersion)
  const terms = {
    signedUpAt: now.toISOString(),
    form: signup.form,
    consentText: consent.text,
    privacyVersion: consent.version,
  }
  const token = {
    confirmTokenHash: tokenHash,
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_TOKEN_HOURS * 3600_000).toISOString(),
  }
  // An unsubscribe or bounce stays on record until the new sign-up is confirmed (and after, in
  // unsubscribedAt / bouncedAt): the new terms wait beside it.
  if (existing?.status === 'unsubscribed' || existing?.status === 'bounced')
    return { name: signup.name ?? existing.name ?? undefined, resubscribe: terms, ...token }
  return {
    email: signup.email,
    name: signup.name ?? existing?.name ?? undefined,
    status: 'pending' as const,
    statusChangedAt: now.toISOString(),
    statusReason: `Aangemeld via formulier (${signup.form})`,
    consent: { ...terms, confirmedAt: null },
    ...token,
  }
}

/**
 * Record a sign-up and mail a confirmation link. New and pending addresses become pending with a
 * fresh token (an earlier link stops working); unsubscribed and bounced addresses keep that
 * status and get a pending re-subscription; confirmed addresses and people who marked us as
 * spam are left alone. Runs off the request path (see signupQueue), so nothing in the answer
 * reveals which case it was.
 */
export async function registerSignup(payload: Payload, signup: Signup): Promise<void> {
  const token = randomToken()
  const now = new Date()
  let existing = await findByEmail(payload, signup.email)
  let data = signupData(signup, existing, hashToken(token), now)
  if (!data) return
  try {
    if (existing)
      await payload.update({ collection: 'subscribers', id: existing.id, data, depth: 0, overrideAccess: true })
    else await payload.create({ collection: 'subscribers', data: data as never, depth: 0, overrideAccess: true })
  } catch (error) {
    // Two sign-ups for one new address at the same moment: the unique index stopped the second.
    existing = existing ? undefined : await findByEmail(payload, signup.email)
    if (!existing) throw error
    data = signupData(signup, existing, hashToken(token), now)
    if (!data) return
    await payload.update({ collection: 'subscribers', id: existing.id, data, depth: 0, overrideAccess: true })
  }
  await sendConfirmation(payload, signup.email, token)
}
