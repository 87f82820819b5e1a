import { type Payload, ValidationError } from 'payload'
import { hashToken, randomToken, type ConsentRecord } from '../../forms'
import { REGISTRATIONS } from '../collections/Registrations'
import type { RegistrationTarget } from '../targets/loadTarget'
import type { Placement, RegistrationRow } from './rows'
import { placeOwnRow } from './places'

export type Registrant = {
  name: string
  /** Lower-case (the form validator's output). */
  email: string
  organisation?: string
  shareholder?: number | string
  consent?: ConsentRecord
}

/** `cancelled`: the row was cancelled while it was being placed (by a link from an earlier email). */
export type Registered = (Placement | { status: 'cancelled'; waitlistPosition: 0 }) & {
  row: RegistrationRow
  /** False when the address already had an active registration for the target (a new link is made). */
  created: boolean
  /** The cancel link's token; only its hash is stored. */
  cancelToken: string
}

const activeKeyOf = (target: RegistrationTarget, email: string) => `${target.key}#${hashToken(email)}`

/**
 * Registers a person at a target, or finds their active registration there. Whether the target is
 * open is the caller's business. The arrival number is claimed by inserting the row with the unique
 * `slot` `<target>#<number>`: racing registrations that picked the same number lose the insert and
 * try the next, on any database and any number of processes. Numbers are taken one above an
 * existing row only, so they have no gaps, and the place then follows from the number.
 */
export async function register(payload: Payload, target: RegistrationTarget, person: Registrant): Promise<Registered> {
  const activeKey = activeKeyOf(target, person.email)
  const cancelToken = randomToken()
  let row = await activeRegistration(payload, activeKey)
  let created = false
  let sequence = 0
  for (let conflicts = 0; !row; conflicts += 1) {
    if (conflicts > 0) await backOff(conflicts)
    sequence = Math.max(sequence, await highestSequence(payload, target.key)) + 1
    try {
      row = (await payload.db.create({
        collection: REGISTRATIONS,
        data: {
          target: { relationTo: target.collection, value: target.id },
          targetKey: target.key,
          sequence,
          slot: `${target.key}#${sequence}`,
          activeKey,
          name: person.name,
          email: person.email,
          organisation: person.organisation,
          shareholder: person.shareholder,
          consent: person.consent,
          cancelTokenHash: hashToken(cancelToken),
        },
      })) as RegistrationRow
      created = true
    } catch (error) {
      // Another registration took this number, or this person registered meanwhile.
      if (!(error instanceof ValidationError)) throw error
      row = await activeRegistration(payload, activeKey)
    }
  }
  if (!created) {
    await payload.db.updateOne({
      collection: REGISTRATIONS,
      id: row.id,
      data: { cancelTokenHash: hashToken(cancelToken) },
      returning: false,
    })
  }
  const placed = await placeOwnRow(payload, target.key, target.capacity, row.id)
  if (!placed) return { status: 'cancelled', waitlistPosition: 0, row, created, cancelToken }
  return { ...placed.place, row: placed.rows.find((candidate) => candidate.id === row.id) ?? row, created, cancelToken }
}

/**
 * Racing registrations all try the same next number; one wins each round. A random pause that
 * grows with the losses spreads the others out, so a burst costs a few tries each, not one per rival.
 */
const backOff = (conflicts: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(conflicts, 10) * 10))

async function activeRegistration(payload: Payload, activeKey: string): Promise<RegistrationRow | undefined> {
  const row = await payload.db.findOne<RegistrationRow>({
    collection: REGISTRATIONS,
    where: { activeKey: { equals: activeKey } },
  })
  return row ?? undefined
}

async function highestSequence(payload: Payload, targetKey: string): Promise<number> {
  const { docs } = await payload.db.find<RegistrationRow>({
    collection: REGISTRATIONS,
    where: { targetKey: { equals: targetKey } },
    sort: '-sequence',
    limit: 1,
    pagination: false,
  })
  return docs[0]?.sequence ?? 0
}
