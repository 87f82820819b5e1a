import type { Endpoint, Payload } from 'payload'
import { REGISTRATIONS } from '../collections/Registrations'
import { notCancelled } from '../engine/notCancelled'
import { communityTarget, eventTarget, type RegistrationTarget } from '../targets/loadTarget'

export type AvailabilityState = 'open' | 'waitlist' | 'closed'
export type Availability = { capacity: number; registered: number; waitlist: number; state: AvailabilityState }
export type AvailabilityResponse = { targets: Record<string, Availability> }

/** Every published community and every published event that takes registrations with the form. */
async function publishedTargets(payload: Payload, now: Date): Promise<RegistrationTarget[]> {
  const published = { _status: { equals: 'published' } } as const
  const common = { pagination: false, depth: 0, overrideAccess: true } as const
  const [communities, events] = await Promise.all([
    payload.find({ collection: 'communities', where: published, ...common }),
    payload.find({
      collection: 'events',
      where: { and: [published, { registration: { equals: 'form' } }] },
      ...common,
    }),
  ])
  return [
    ...communities.docs.map((doc) => communityTarget(doc, now)),
    ...events.docs.flatMap((doc) => eventTarget(doc, now) ?? []),
  ]
}

/** How many active registrations each target has. */
async function activeCounts(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: REGISTRATIONS,
    where: notCancelled,
    select: { targetKey: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const result = new Map<string, number>()
  for (const { targetKey } of docs) result.set(targetKey, (result.get(targetKey) ?? 0) + 1)
  return result
}

export async function availability(payload: Payload, now: Date = new Date()): Promise<AvailabilityResponse> {
  const [targets, active] = await Promise.all([publishedTargets(payload, now), activeCounts(payload)])
  const result: Record<string, Availability> = {}
  for (const target of targets) {
    const count = active.get(target.key) ?? 0
    const registered = Math.min(count, target.capacity)
    const state: AvailabilityState = !target.open ? 'closed' : count >= target.capacity ? 'waitlist' : 'open'
    result[target.key] = { capacity: target.capacity, registered, waitlist: count - registered, state }
  }
  return { targets: result }
}

/**
 * GET /api/registrations/availability: places, registered and waiting per target, and whether new
 * registrations get a place, go on the waitlist or are refused. Counts only; read by the site build.
 */
export const availabilityEndpoint: Endpoint = {
  path: '/availability',
  method: 'get',
  handler: async (req) => Response.json(await availability(req.payload), { headers: { 'Cache-Control': 'no-store' } }),
}
