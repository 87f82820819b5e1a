import type { Endpoint } from 'payload'
import { Resend } from 'resend'
import { readLimitedBody } from '../../http/readLimitedBody'
import { newsletterSettings } from '../settings'
import { applyDeliveryEvent, type DeliveryEvent } from '../subscribe/applyDeliveryEvent'

const MAX_BODY_BYTES = 64 * 1024

const reject = (status: number, message: string) => Response.json({ ok: false, message }, { status })

/**
 * POST /api/newsletter/webhooks/resend: Resend's delivery events, signed with Svix. Unsigned
 * requests get 400; a wrong signature or a timestamp more than five minutes off gets 401 (the
 * SDK's `webhooks.verify` checks both). Bounces and spam complaints take the address off the list.
 */
export const resendWebhookEndpoint: Endpoint = {
  path: '/newsletter/webhooks/resend',
  method: 'post',
  handler: async (req) => {
    const { webhookSecret, resendApiKey } = newsletterSettings()
    if (!webhookSecret) return reject(503, 'RESEND_WEBHOOK_SECRET is niet ingesteld.')
    const header = (name: string) => req.headers.get(`svix-${name}`) ?? req.headers.get(`webhook-${name}`)
    const [id, timestamp, signature] = [header('id'), header('timestamp'), header('signature')]
    if (!id || !timestamp || !signature) return reject(400, 'Ondertekening ontbreekt.')
    // Resend's events are a few kB. Capped before verifying: an oversized body is neither read on nor hashed.
    const raw = await readLimitedBody(req.body, MAX_BODY_BYTES)
    if (!raw) return reject(413, 'Het verzoek is te groot.')
    const body = new TextDecoder().decode(raw)
    let event: DeliveryEvent
    try {
      // The SDK verifies offline; the API key is not used for it.
      event = new Resend(resendApiKey ?? 're_webhook_verification').webhooks.verify({
        payload: body,
        headers: { id, timestamp, signature },
        webhookSecret,
      }) as DeliveryEvent
    } catch {
      return reject(401, 'Ongeldige of verlopen ondertekening.')
    }
    const changed = await applyDeliveryEvent(req.payload, event)
    return Response.json({ ok: true, changed })
  },
}
