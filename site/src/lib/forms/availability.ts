import { z } from 'astro/zod'
import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'
import { trackedSource } from '../incremental/trackedSource'
import { perBuild } from '../incremental/perBuild'

const availabilitySchema = z.object({
  capacity: z.number().int().nonnegative(),
  registered: z.number().int().nonnegative(),
  waitlist: z.number().int().nonnegative(),
  state: z.enum(['open', 'waitlist', 'closed']),
})

/** Places and state of one registration target, as the registration engine reports them. */
export type Availability = z.infer<typeof availabilitySchema>
export type AvailabilityState = Availability['state']

/** The registration engine's name for a community or an event (`communities:<id>`, `events:<id>`). */
export const registrationTarget = (collection: 'communities' | 'events', id: string): string => `${collection}:${id}`

/** The answer of `GET /api/registrations/availability`, by target. */
export function parseAvailability(value: unknown): ReadonlyMap<string, Availability> {
  const parsed = z.object({ targets: z.record(z.string(), availabilitySchema) }).safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new CmsError(`The CMS answered /api/registrations/availability with something unusable: ${issues.join('; ')}`)
  }
  return new Map(Object.entries(parsed.data.targets))
}

export const fetchAvailability = async (
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ReadonlyMap<string, Availability>> =>
  parseAvailability(await fetchJson(`${base}/api/registrations/availability`, fetchImpl))

const availability = perBuild<Promise<ReadonlyMap<string, Availability>>>()

/**
 * Places and state of every community and every event with a registration form, fetched once
 * per build; a CMS error fails the build. A target missing from the answer gets no form.
 */
export const loadAvailability = trackedSource('availability', (): Promise<ReadonlyMap<string, Availability>> => {
  const slot = availability()
  slot.value ??= fetchAvailability(cmsUrl())
  return slot.value
})
