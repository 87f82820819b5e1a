import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

const COLLECTION = 'newsletter-send-leases'

/** A held claim on sending one edition; `owner` (the row's id) is unique per claim. */
export type Lease = { newsletter: string; owner: string }

/**
 * Claim the right to send an edition for `leaseMs`. Two statements, each atomic on SQLite and
 * MongoDB: delete the edition's claim if it has expired (its holder died), then insert ours;
 * the unique index on `newsletter` lets exactly one of several simultaneous claimants insert.
 * Straight to the adapter: a plain insert and a single conditional DELETE, no read-then-write.
 */
export async function acquireLease(
  payload: Payload,
  newsletterId: number | string,
  leaseMs: number,
): Promise<Lease | undefined> {
  const newsletter = String(newsletterId)
  const now = new Date()
  await payload.db.deleteMany({
    collection: COLLECTION,
    where: { and: [{ newsletter: { equals: newsletter } }, { expiresAt: { less_than: now.toISOString() } }] },
  })
  const owner = `${hostname()}-${process.pid}-${randomUUID()}`
  try {
    await payload.db.create({
      collection: COLLECTION,
      data: {
        id: owner,
        newsletter,
        expiresAt: new Date(now.getTime() + leaseMs).toISOString(),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
      returning: false,
    })
  } catch (error) {
    // Someone else's claim: the unique index refused ours. It is not counted again, because that
    // holder may have sent and released it in between (once in CI: two senders started at once).
    if (refusedAsDuplicate(error, 'newsletter')) return undefined
    // An adapter that reports the refusal otherwise: a claim is there now. Anything else is a real fault.
    const { totalDocs } = await payload.db.count({
      collection: COLLECTION,
      where: { newsletter: { equals: newsletter } },
    })
    if (totalDocs > 0) return undefined
    throw error
  }
  return { newsletter, owner }
}

/**
 * Whether `error` is the database refusing a second row with the same `field` value: both
 * adapters (SQLite through Drizzle, MongoDB) report it as a ValidationError "Value must be unique"
 * on that field.
 */
export function refusedAsDuplicate(error: unknown, field: string): boolean {
  const errors = (error as { data?: { errors?: unknown } } | null)?.data?.errors
  return (
    Array.isArray(errors) &&
    errors.some(
      (item: { path?: unknown; message?: unknown }) => item?.path === field && /unique/i.test(String(item.message)),
    )
  )
}

/**
 * Extend our claim to `leaseMs` from now; false once it is gone. Only an expired claim is ever
 * deleted, and ids are never reused, so the update either lands on our own row or on nothing,
 * and reading it back tells which. A claim that expired but was not yet taken is still ours.
 */
export async function renewLease(payload: Payload, lease: Lease, leaseMs: number): Promise<boolean> {
  const expiresAt = new Date(Date.now() + leaseMs).toISOString()
  await payload.db.updateMany({
    collection: COLLECTION,
    where: { id: { equals: lease.owner } },
    data: { expiresAt, updatedAt: new Date().toISOString() },
    returning: false,
  })
  const { totalDocs } = await payload.db.count({ collection: COLLECTION, where: { id: { equals: lease.owner } } })
  return totalDocs > 0
}

/** Give the claim up (one conditional DELETE: someone else's claim is never touched). */
export async function releaseLease(payload: Payload, lease: Lease): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { id: { equals: lease.owner } } })
}
