import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasContributorRole } from '../../access/hasContributorRole'

export const PUBLISH_REFUSED =
  'Bijdragers kunnen niet publiceren. Zet "Beoordeling" op "Ter beoordeling" en sla het concept op; de redactie publiceert het.'

/**
 * Contributors save drafts only. Access already keeps them from published documents; this refuses
 * a request to publish (also a scheduled one, which runs as the user who planned it) and keeps
 * every other save of theirs a draft.
 */
export const keepContributorsToDrafts: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!hasContributorRole(req.user)) return data
  if (data._status === 'published') throw new APIError(PUBLISH_REFUSED, 403, undefined, true)
  return { ...data, _status: 'draft' }
}
