import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { systemContext } from '../systemContext'

/** Identifies this process as the holder of a send lease. */
export const processOwner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

type LeaseDoc = { lease?: { owner?: string | null; expiresAt?: string | null } | null }

const isFree = (doc: LeaseDoc, owner: string, now: number) =>
  !doc.lease?.owner || doc.lease.owner === owner || !doc.lease.expiresAt || Date.parse(doc.lease.expiresAt) <= now

async function readLease(payload: Payload, id: number | string): Promise<LeaseDoc> {
  return payload.findByID({
    collection: 'newsletters',
    id,
    depth: 0,
    select: { lease: true },
    showHiddenFields: true,
    overrideAccess: true,
  })
}

async function writeLease(
  payload: Payload,
  id: number | string,
  owner: string | null,
  expiresAt: string | null,
  extra: Record<string, unknown> = {},
) {
  await payload.update({
    collection: 'newsletters',
    id,
    data: { lease: { owner, expiresAt }, ...extra },
    depth: 0,
    overrideAccess: true,
    context: systemContext,
  })
}

/**
 * Claim the right to send an edition for `leaseMs`. Fails while another live process holds it;
 * a crashed process's claim simply expires. Read back after writing, so of two processes
 * claiming at the same moment only the last writer goes on.
 */
export async function acquireLease(
  payload: Payload,
  id: number | string,
  owner: string,
  leaseMs: number,
): Promise<boolean> {
  if (!isFree(await readLease(payload, id), owner, Date.now())) return false
  await writeLease(payload, id, owner, new Date(Date.now() + leaseMs).toISOString())
  return (await readLease(payload, id)).lease?.owner === owner
}

/** Extend our claim (with extra fields to write at the same time, such as progress); false when it was lost. */
export async function renewLease(
  payload: Payload,
  id: number | string,
  owner: string,
  leaseMs: number,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  const current = await readLease(payload, id)
  if (current.lease?.owner !== owner) return false
  await writeLease(payload, id, owner, new Date(Date.now() + leaseMs).toISOString(), extra)
  return true
}

export async function releaseLease(
  payload: Payload,
  id: number | string,
  owner: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const current = await readLease(payload, id)
  if (current.lease?.owner === owner) await writeLease(payload, id, null, null, extra)
}
