import type { Payload } from 'payload'
import { REGISTRATIONS } from '../collections/Registrations'
import { isActive, placements, targetRows, type Placement, type RegistrationRow } from './rows'

/*
 * A row's place follows from the rows (see `placements`); its `status` caches it. Places only ever
 * move up: rows are never re-activated, new rows come last, and capacity never drops below the
 * number registered. So the cache only ever moves forward too (none → waitlist → registered, any →
 * cancelled), and two kinds of writers keep it:
 *  - a new row's own registration places it (`placeOwnRow`), re-reading until what it wrote
 *    agrees with what it reads, so a cancellation it raced with is taken into account;
 *  - after a cancellation (or more places), `promoteWaitlist` moves waiting rows up.
 * Each reads after its own write, so of two racing changes at least one sees both; neither ever
 * writes a status backwards, so a writer with an older view cannot undo a newer one.
 */

/** Places a new (or existing) row of a target; undefined when it has been cancelled. */
export async function placeOwnRow(
  payload: Payload,
  targetKey: string,
  capacity: number,
  id: RegistrationRow['id'],
): Promise<{ place: Placement; rows: RegistrationRow[] } | undefined> {
  for (;;) {
    const rows = await targetRows(payload, targetKey)
    const row = rows.find((candidate) => candidate.id === id)
    const place = placements(rows, capacity).get(id)
    if (!row || !place) return undefined
    if (row.status === 'registered') return { place: { status: 'registered', waitlistPosition: 0 }, rows }
    if (row.status === place.status) return { place, rows }
    await writeStatus(payload, row, { status: place.status })
  }
}

/** Moves waiting rows into places that came free; reports who moved up. */
export async function promoteWaitlist(
  payload: Payload,
  targetKey: string,
  capacity: number,
): Promise<RegistrationRow[]> {
  const rows = await targetRows(payload, targetKey)
  const places = placements(rows, capacity)
  const promoted: RegistrationRow[] = []
  for (const row of rows) {
    if (!isActive(row) && row.status !== 'cancelled') {
      await payload.db.updateOne({
        collection: REGISTRATIONS,
        id: row.id,
        data: { status: 'cancelled' },
        returning: false,
      })
      continue
    }
    if (row.status !== 'waitlist' || places.get(row.id)?.status !== 'registered') continue
    const data = { status: 'registered' as const, promotedAt: new Date().toISOString() }
    if (await writeStatus(payload, row, data)) promoted.push({ ...row, ...data })
  }
  return promoted
}

/**
 * Writes an active row's cached place; false when the row turned out to be cancelled meanwhile
 * (it is then marked cancelled again, whichever write landed last).
 */
async function writeStatus(
  payload: Payload,
  row: RegistrationRow,
  data: Partial<Pick<RegistrationRow, 'status' | 'promotedAt'>>,
): Promise<boolean> {
  await payload.db.updateOne({ collection: REGISTRATIONS, id: row.id, data, returning: false })
  const now = await payload.db.findOne<RegistrationRow>({
    collection: REGISTRATIONS,
    where: { id: { equals: row.id } },
  })
  if (!now || isActive(now)) return true
  await payload.db.updateOne({ collection: REGISTRATIONS, id: row.id, data: { status: 'cancelled' }, returning: false })
  return false
}
