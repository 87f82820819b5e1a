import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'
import { hasContributorRole } from '../access/hasContributorRole'

export const PLANNING_REFUSED = 'Alleen redacteuren kunnen een geplande publicatie verwijderen.'

const refuseContributors: CollectionBeforeDeleteHook = ({ req }) => {
  if (hasContributorRole(req.user)) throw new APIError(PLANNING_REFUSED, 403, undefined, true)
}

/**
 * Payload's "Publicatie plannen" server function checks only that the user may open the admin, then
 * queues or deletes the planned job through the Local API without access control. What a
 * contributor plans fails when it runs (it publishes as them: keepContributorsToDrafts), but they
 * could delete an editor's plan by its id. This hook runs even without access control and refuses
 * that; queueing writes no hooks (Payload's `jobs.runHooks` is off), so it cannot be refused here.
 */
export const contributorsDeleteNoPlans = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }) => ({
  ...defaultJobsCollection,
  hooks: {
    ...defaultJobsCollection.hooks,
    beforeDelete: [...(defaultJobsCollection.hooks?.beforeDelete ?? []), refuseContributors],
  },
})
