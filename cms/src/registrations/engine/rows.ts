import type { Payload, PayloadRequest } from 'payload'
import type { Registration } from '@mao/shared/payload-types'
import { REGISTRATIONS } from '../collections/Registrations'
import { notCancelled } from './notCancelled'

export type RegistrationRow = Registration

/** Every registration of a target, cancelled ones included, in arrival order. */
export async function targetRows(payload: Payload, targetKey: string): Promise<RegistrationRow[]> {
  // Straight from the adapter: no hooks or population, read on every registration.
  const { docs } = await payload.db.find<RegistrationRow>({
    collection: REGISTRATIONS,
    where: { targetKey: { equals: targetKey } },
    sort: 'sequence',
    pagination: false,
  })
  return docs
}

export const isActive = (row: Pick<RegistrationRow, 'cancelledAt'>): boolean => !row.cancelledAt

export type Placement = { status: 'registered' | 'waitlist'; waitlistPosition: number }

/**
 * Where each active row stands: the first `capacity` active rows in arrival order are registered,
 * the rest wait in that order. This is the truth; the rows' `status` caches it.
 */
export function placements(rows: readonly RegistrationRow[], capacity: number): Map<RegistrationRow['id'], Placement> {
  const result = new Map<RegistrationRow['id'], Placement>()
  let index = 0
  for (const row of rows) {
    if (!isActive(row)) continue
    result.set(
      row.id,
      index < capacity
        ? { status: 'registered', waitlistPosition: 0 }
        : { status: 'waitlist', waitlistPosition: index - capacity + 1 },
    )
    index += 1
  }
  return result
}

/** Registered and waiting counts of a target's rows. */
export function counts(rows: readonly RegistrationRow[], capacity: number): { registered: number; waitlist: number } {
  const active = rows.filter(isActive).length
  return { registered: Math.min(active, capacity), waitlist: Math.max(0, active - capacity) }
}

/** Active (not cancelled) registrations of a target. */
export async function activeRegistrationCount(
  payload: Payload,
  targetKey: string,
  req?: PayloadRequest,
): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: REGISTRATIONS,
    where: { and: [{ targetKey: { equals: targetKey } }, notCancelled] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}
