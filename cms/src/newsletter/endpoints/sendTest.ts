import { randomUUID } from 'node:crypto'
import { NotFound, type Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { editionForDisplay } from '../edition/editionForDisplay'
import { callResend } from '../send/callResend'
import { resendPacer } from '../send/pacer'
import { envelopeOf, personaliseEmail } from '../send/personaliseEmail'
import { resendClient } from '../send/resendClient'
import { newsletterSettings } from '../settings'
import { isValidEmail, normalizeEmail } from '../subscribe/normalizeEmail'
import { LOGIN_REQUIRED } from './loginRequired'
import { routeId } from './routeId'

const MAX_TEST_ADDRESSES = 5

const fail = (message: string, status = 400) => Response.json({ ok: false, message }, { status })

/** Addresses from a list or a comma/space/newline separated string. */
function parseAddresses(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,;]+/) : []
  return [...new Set(raw.map(normalizeEmail).filter(Boolean))]
}

/**
 * POST /api/newsletters/:id/send-test {"addresses": [...]}: sends the edition as subscribers
 * will get it, with "[TEST]" before the subject, to the given addresses only (at most 5).
 */
export const sendTestEndpoint: Endpoint = {
  path: '/:id/send-test',
  method: 'post',
  handler: async (req) => {
    const denied = requireEditor(req, LOGIN_REQUIRED)
    if (denied) return denied
    const body: unknown = await req.json?.().catch(() => undefined)
    const addresses = parseAddresses((body as { addresses?: unknown } | undefined)?.addresses)
    if (addresses.length === 0) return fail('Vul minstens één e-mailadres in.')
    if (addresses.length > MAX_TEST_ADDRESSES)
      return fail(`Een test gaat naar hoogstens ${MAX_TEST_ADDRESSES} adressen.`)
    const invalid = addresses.filter((address) => !isValidEmail(address))
    if (invalid.length > 0) return fail(`Geen geldig e-mailadres: ${invalid.join(', ')}`)
    const settings = newsletterSettings()
    if (!settings.resendApiKey) return fail('RESEND_API_KEY is niet ingesteld: er kan geen test worden verstuurd.', 503)
    let display
    try {
      display = await editionForDisplay(req.payload, routeId(req))
    } catch (error) {
      if (error instanceof NotFound) return fail('Nieuwsupdate niet gevonden.', 404)
      throw error
    }
    const { doc, email } = display
    const snapshot = { ...email, subject: `[TEST] ${email.subject}`, envelope: envelopeOf(settings) }
    // A token no subscriber has: the test copy's unsubscribe link shows the page but changes nothing.
    const emails = addresses.map((address) =>
      personaliseEmail(snapshot, { email: address, token: 'test' }, [{ name: 'test', value: 'true' }]),
    )
    const resend = resendClient()
    const outcome = await callResend(
      (signal) =>
        resend.batch.send(emails, { idempotencyKey: `newsletter-${doc.edition}-test-${randomUUID()}`, signal }),
      {
        pacer: resendPacer(),
        maxAttempts: Math.min(settings.maxAttempts, 4),
        timeoutMs: settings.requestTimeoutMs,
        backoffBaseMs: settings.backoffBaseMs,
        backoffMaxMs: settings.backoffMaxMs,
      },
    )
    if (!outcome.ok) return fail(`Resend weigerde de test: ${outcome.error.message}`, 502)
    return Response.json({ ok: true, sent: addresses.length, addresses })
  },
}
