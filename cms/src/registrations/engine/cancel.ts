import type { Payload } from 'payload'
import { hashToken } from '../../forms'
import { REGISTRATIONS } from '../collections/Registrations'
import { loadTarget, type RegistrationTarget } from '../targets/loadTarget'
import type { RegistrationRow } from './rows'
import { promoteWaitlist } from './places'

export type Cancelled = { row: RegistrationRow; target: RegistrationTarget | undefined; promoted: RegistrationRow[] }

/**
 * Cancels the active registration of a cancel link's token and gives the freed place to the first
 * on the waitlist. Undefined for an unknown or already used token. Two racing cancels of one row
 * may both succeed and both report the promotion they cause; it is mailed once (notifyPromoted).
 */
export async function cancelRegistration(payload: Payload, token: string): Promise<Cancelled | undefined> {
  if (!token) return undefined
  const row = await payload.db.findOne<RegistrationRow>({
    collection: REGISTRATIONS,
    where: { cancelTokenHash: { equals: hashToken(token) } },
  })
  if (!row || row.cancelledAt) return undefined
  const cancelledAt = new Date().toISOString()
  await payload.db.updateOne({
    collection: REGISTRATIONS,
    id: row.id,
    data: { cancelledAt, status: 'cancelled', activeKey: `${row.activeKey}#afgemeld-${row.id}` },
    returning: false,
  })
  Object.assign(row, { cancelledAt, status: 'cancelled' })
  const target = await loadTarget(payload, row.targetKey)
  const promoted = target ? await promoteWaitlist(payload, row.targetKey, target.capacity) : []
  return { row, target, promoted }
}
