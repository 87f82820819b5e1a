import type { Payload } from 'payload'
import { normalizeEmail } from './normalizeEmail'

const STATUS_FOR_EVENT = {
  'email.bounced': { status: 'bounced', reason: 'Resend meldde een bounce' },
  'email.complained': { status: 'complained', reason: 'Gemarkeerd als spam (Resend)' },
} as const

export type DeliveryEvent = { type?: unknown; data?: { to?: unknown } }

/** Mark the recipients of a bounced or complained email so they get no more mail. */
export async function applyDeliveryEvent(payload: Payload, event: DeliveryEvent): Promise<number> {
  const change = STATUS_FOR_EVENT[event.type as keyof typeof STATUS_FOR_EVENT]
  if (!change) return 0
  const to = Array.isArray(event.data?.to) ? event.data.to : [event.data?.to]
  const addresses = to.map(normalizeEmail).filter(Boolean)
  if (addresses.length === 0) return 0
  const { docs } = await payload.update({
    collection: 'subscribers',
    where: { and: [{ email: { in: addresses } }, { status: { not_equals: change.status } }] },
    data: { status: change.status, statusChangedAt: new Date().toISOString(), statusReason: change.reason },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
