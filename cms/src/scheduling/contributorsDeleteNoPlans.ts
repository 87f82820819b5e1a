import { APIError, type CollectionBeforeDeleteHook, type Payload } from 'payload'
import { hasContributorRole } from '../access/hasContributorRole'

export const PLANNING_REFUSED = 'Alleen redacteuren kunnen een geplande publicatie verwijderen.'

const refuseContributors: CollectionBeforeDeleteHook = ({ req }) => {
  if (hasContributorRole(req.user)) throw new APIError(PLANNING_REFUSED, 403, undefined, true)
}

/**
 * Payload's "Publicatie plannen" server function checks only that the user may open the admin, then
 * deletes a planned job through the Local API without access control, so a contributor could
 * delete an editor's plan by its id. A `beforeDelete` hook on the jobs collection refuses that: it
 * runs for `payload.delete`, access control or not. (What a contributor plans fails when it runs,
 * as it publishes as them; queueing runs no collection hooks, so it cannot be refused here.)
 * Added once Payload is set up rather than through `jobsCollectionOverrides`, which warns on every
 * start that extra hooks need `jobs.runHooks` — true for the runner's own writes, not for deletes.
 */
export function contributorsDeleteNoPlans(payload: Payload): void {
  const hooks = payload.collections['payload-jobs'].config.hooks
  hooks.beforeDelete = [...hooks.beforeDelete, refuseContributors]
}
