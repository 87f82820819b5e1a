import type { Payload } from 'payload'
import { normalizeEmail } from './normalizeEmail'

export type DeliveryEvent = {
  type?: unknown
  data?: { to?: unknown; bounce?: { type?: unknown; subType?: unknown; message?: unknown } | null }
}

/**
 * Whether a bounce means the address is gone for good. Resend sends `email.bounced` for
 * permanent rejections and passes the provider's `bounce.type` along: `Transient` (full
 * mailbox, server busy) and `Undetermined` keep the subscriber; no type at all is read as
 * Resend's documented meaning, permanent.
 */
export function isPermanentBounce(event: DeliveryEvent): boolean {
  const type = event.data?.bounce?.type
  return type === undefined || type === null || String(type).toLowerCase() === 'permanent'
}

function changeFor(event: DeliveryEvent, now: string) {
  if (event.type === 'email.complained')
    return { status: 'complained' as const, statusChangedAt: now, statusReason: 'Gemarkeerd als spam (Resend)' }
  if (event.type === 'email.bounced' && isPermanentBounce(event))
    return {
      status: 'bounced' as const,
      statusChangedAt: now,
      statusReason: 'Resend meldde een harde bounce',
      bouncedAt: now,
    }
  return undefined
}

/** Mark the recipients of a permanently bounced or complained email so they get no more mail. */
export async function applyDeliveryEvent(payload: Payload, event: DeliveryEvent): Promise<number> {
  const change = changeFor(event, new Date().toISOString())
  if (!change) return 0
  const to = Array.isArray(event.data?.to) ? event.data.to : [event.data?.to]
  const addresses = to.map(normalizeEmail).filter(Boolean)
  if (addresses.length === 0) return 0
  const { docs } = await payload.update({
    collection: 'subscribers',
    where: { and: [{ email: { in: addresses } }, { status: { not_equals: change.status } }] },
    data: change,
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
