import type { Endpoint } from 'payload'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { newsletterSettings } from '../settings'
import { clientIp } from '../../http/clientIp'
import { RateLimiter } from '../../limits/rateLimiter'
import { signupForm } from '../subscribe/consent'
import { isValidEmail, normalizeEmail } from '../subscribe/normalizeEmail'
import { enqueueSignup } from '../subscribe/signupQueue'
import { readFields } from '../../http/readFields'
import { jsonResponse, preflight, redirectTo } from '../../http/siteResponses'

const settings = () => newsletterSettings()
const ipLimiter = new RateLimiter({
  name: 'subscribe-ip',
  limit: () => settings().rateLimitPerIp,
  windowMs: () => settings().rateLimitWindowMs,
})
const addressLimiter = new RateLimiter({
  name: 'subscribe-address',
  limit: () => settings().rateLimitPerAddress,
  windowMs: () => settings().rateLimitWindowMs,
})

const MESSAGES = {
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  tooOften: 'Er zijn te veel aanmeldingen vanaf dit adres. Probeer het over een uur opnieuw.',
  bad: 'Het formulier kon niet worden verwerkt. Probeer het opnieuw.',
}

/**
 * POST /api/subscribers/subscribe: the sign-up form (plain HTML form post or JSON). Answers
 * the same for new, pending and subscribed addresses (202, or a redirect to the thank-you page)
 * so addresses cannot be probed: the sign-up itself is queued and processed after the answer, the
 * same way for every address. A filled-in honeypot `website` field gets the same answer and
 * stores nothing; past the per-address limit nothing more is stored or mailed either.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const submitted = await readFields(req)
    if ('status' in submitted)
      return jsonResponse({ ok: false, error: 'bad_request', message: MESSAGES.bad }, submitted.status)
    const { kind, fields } = submitted
    const accepted = () => (kind === 'form' ? redirectTo(newsletterPaths.thanks) : jsonResponse({ ok: true }, 202))
    if (fields.website?.trim()) return accepted()
    if (!(await ipLimiter.hit(req.payload, clientIp(req.headers)))) {
      if (kind === 'form') return redirectTo(`${newsletterPaths.signup}?fout=te-vaak#fout-te-vaak`)
      const response = jsonResponse({ ok: false, error: 'rate_limited', message: MESSAGES.tooOften }, 429)
      response.headers.set('Retry-After', String(Math.ceil(settings().rateLimitWindowMs / 1000)))
      return response
    }
    const email = normalizeEmail(fields.email)
    if (!isValidEmail(email)) {
      return kind === 'form'
        ? redirectTo(`${newsletterPaths.signup}?fout=email#fout-email`)
        : jsonResponse({ ok: false, error: 'email', message: MESSAGES.email }, 400)
    }
    if (await addressLimiter.hit(req.payload, email)) {
      enqueueSignup(req.payload, {
        email,
        name: fields.name?.trim().slice(0, 100) || undefined,
        form: signupForm(fields.form),
        privacyVersion: fields.privacyVersion,
      })
    }
    return accepted()
  },
}

export const subscribePreflight: Endpoint = { path: '/subscribe', method: 'options', handler: () => preflight() }
