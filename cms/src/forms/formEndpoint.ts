import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { formSpecs, HONEYPOT_FIELD, PRIVACY_VERSION_FIELD, type FormName } from '@mao/shared/forms/formSpecs'
import { validateForm, type FormErrors, type FormValues } from '@mao/shared/forms/validateForm'
import { clientIp } from '../http/clientIp'
import { RateLimiter } from '../limits/rateLimiter'
import { isAllowedOrigin } from './allowedOrigin'
import { consentRecord, type ConsentRecord } from './consentTexts'
import { errorForLog } from './errorForLog'
import { errorPath } from './errorPath'
import { readFields } from '../http/readFields'
import { jsonResponse, preflight, redirectTo } from '../http/siteResponses'
import { formSettings } from './settings'
import { formWorkQueue } from './workQueue'

export type FormSubmission = { values: FormValues; consent: ConsentRecord }

export type FormEndpointOptions = {
  /** Path on the collection (or root), e.g. '/apply'. */
  path: string
  /** The spec (formSpecs[form]); also names the consent text and the rate limits. */
  form: FormName
  /** The site page with the form, for errors without JavaScript (from the raw posted fields). */
  formPath: (fields: Record<string, string>, payload: Payload) => string | Promise<string>
  /** The site page after success without JavaScript. */
  thanksPath: (values: FormValues) => string
  /** Extra field errors (e.g. an unknown target); must never depend on whether an email is known. */
  check?: (payload: Payload, values: FormValues) => Promise<FormErrors | undefined>
  /** Stores and mails; runs after the answer, in the form work queue. */
  work: (payload: Payload, submission: FormSubmission) => Promise<void>
}

const MESSAGES = {
  bad: 'Het formulier kon niet worden verwerkt. Probeer het opnieuw.',
  origin: 'Dit formulier kan alleen vanaf de website worden verstuurd.',
  tooOften: 'Er is te vaak een formulier verstuurd vanaf dit adres. Probeer het over een uur opnieuw.',
}

/** A plain form post (answered with redirects) unless the client asks for JSON or sends it. */
const wantsJson = (req: PayloadRequest): boolean =>
  /application\/json/i.test(req.headers.get('accept') ?? '') ||
  /^application\/json/i.test(req.headers.get('content-type') ?? '')

/**
 * The POST endpoint of one public form, and its CORS preflight. Every form behaves the same:
 * body of at most 16 kB (JSON or form-encoded), Origin other than the site's or the CMS's
 * refused, honeypot filled → the normal success answer with nothing stored, a per-client limit
 * (429), validation (400 with a Dutch message per field), a silent per-address limit, then
 * `work` queued to run after the answer, so neither answer nor timing tells whether an address is
 * known. Plain posts without JavaScript get 303 redirects to the site instead of JSON.
 */
export function formEndpoint(options: FormEndpointOptions): Endpoint[] {
  const { form } = options
  const spec = formSpecs[form]
  const hasEmail = spec.fields.some((field) => field.name === 'email')
  const ipLimiter = new RateLimiter({
    name: `form-${form}-ip`,
    limit: () => formSettings().rateLimitPerIp,
    windowMs: () => formSettings().rateLimitWindowMs,
  })
  const addressLimiter = new RateLimiter({
    name: `form-${form}-address`,
    limit: () => formSettings().rateLimitPerAddress,
    windowMs: () => formSettings().rateLimitWindowMs,
  })

  const answer = async (req: PayloadRequest): Promise<Response> => {
    const json = wantsJson(req)
    const settings = formSettings()
    const submitted = await readFields(req)
    const fields = 'status' in submitted ? {} : submitted.fields
    const backToForm = async (code: string) => redirectTo(errorPath(await options.formPath(fields, req.payload), code))
    const failed = (status: number, error: string, message: string) =>
      json ? jsonResponse({ ok: false, error, message }, status) : backToForm('onbekend')
    if ('status' in submitted) return failed(submitted.status, 'bad_request', MESSAGES.bad)
    if (!isAllowedOrigin(req.headers.get('origin'), settings)) return failed(403, 'origin', MESSAGES.origin)

    const accepted = (values: FormValues) =>
      json ? jsonResponse({ ok: true }, 202) : redirectTo(options.thanksPath(values))
    if (fields[HONEYPOT_FIELD]?.trim()) return accepted(fields)

    if (!(await ipLimiter.hit(req.payload, clientIp(req.headers)))) {
      if (!json) return backToForm('te-vaak')
      const response = jsonResponse({ ok: false, error: 'rate_limited', message: MESSAGES.tooOften }, 429)
      response.headers.set('Retry-After', String(Math.ceil(settings.rateLimitWindowMs / 1000)))
      return response
    }

    const validated = validateForm(spec, fields)
    const errors = validated.ok ? await options.check?.(req.payload, validated.values) : validated.errors
    if (!validated.ok || (errors && Object.keys(errors).length > 0)) {
      const invalid = errors ?? {}
      if (json) return jsonResponse({ ok: false, error: 'invalid', errors: invalid }, 400)
      const first = spec.fields.find((field) => field.name in invalid)?.name ?? Object.keys(invalid)[0] ?? 'onbekend'
      return backToForm(first)
    }

    const { values } = validated
    if (hasEmail && !(await addressLimiter.hit(req.payload, values.email ?? ''))) return accepted(values)
    const payload = req.payload
    const submission: FormSubmission = { values, consent: consentRecord(form, fields[PRIVACY_VERSION_FIELD]) }
    const queued = formWorkQueue.enqueue({
      run: () => options.work(payload, submission),
      onError: (error) =>
        payload.logger.error({
          msg: `Formulier ${form}: inzending niet verwerkt`,
          err: errorForLog(error, values.email),
        }),
    })
    if (!queued)
      payload.logger.warn({ msg: `Formulier ${form}: te veel inzendingen tegelijk; een inzending is niet verwerkt` })
    return accepted(values)
  }

  // An unexpected failure (database down, a throwing check) still gets the form's own answer.
  const handler = async (req: PayloadRequest): Promise<Response> => {
    try {
      return await answer(req)
    } catch (error) {
      req.payload.logger.error({ msg: `Formulier ${form}: verzoek mislukt`, err: errorForLog(error, undefined) })
      if (wantsJson(req)) return jsonResponse({ ok: false, error: 'server', message: MESSAGES.bad }, 500)
      return redirectTo(errorPath(await options.formPath({}, req.payload), 'onbekend'))
    }
  }

  return [
    { path: options.path, method: 'post', handler },
    { path: options.path, method: 'options', handler: () => preflight() },
  ]
}
