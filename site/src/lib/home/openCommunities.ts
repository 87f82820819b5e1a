import type { CommunityDoc } from '../content/types'
import { type Availability, registrationTarget } from '../forms/availability'

/**
 * The communities a visitor can still register for, by the registration engine's state (as their
 * pages and cards show it, not the editor's status): open ones first, then those with a waitlist,
 * each in the given order.
 */
export function openCommunities(
  communities: readonly CommunityDoc[],
  availability: ReadonlyMap<string, Availability>,
): { community: CommunityDoc; availability: Availability }[] {
  const withState = communities.flatMap((community) => {
    const places = availability.get(registrationTarget('communities', community.id))
    return places && places.state !== 'closed' ? [{ community, availability: places }] : []
  })
  return [
    ...withState.filter((item) => item.availability.state === 'open'),
    ...withState.filter((item) => item.availability.state === 'waitlist'),
  ]
}
