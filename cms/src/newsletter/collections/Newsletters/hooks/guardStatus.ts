import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isSystemWrite } from '../../../systemContext'

const LOCKED = new Set(['sending', 'sent'])

/**
 * Editors move an edition between draft and approved; only the send endpoint and the sender set
 * `sending` and `sent`, and an edition that is being sent or was sent no longer changes.
 */
export const guardStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (isSystemWrite(context)) return data
  const from = operation === 'update' ? String(originalDoc?.status ?? 'draft') : undefined
  const to = String(data.status ?? from ?? 'draft')
  if (from && LOCKED.has(from)) {
    throw new APIError(
      'Deze nieuwsupdate wordt verstuurd of is al verstuurd en kan niet meer worden gewijzigd.',
      409,
      undefined,
      true,
    )
  }
  if (LOCKED.has(to)) {
    throw new APIError(
      'Versturen kan alleen met de knop "Versturen naar abonnees" bij een goedgekeurde nieuwsupdate.',
      400,
      undefined,
      true,
    )
  }
  const items: unknown = data.items ?? originalDoc?.items
  if (to === 'approved' && (!Array.isArray(items) || items.length === 0)) {
    throw new APIError('Voeg minstens één onderdeel toe voordat je de nieuwsupdate goedkeurt.', 400, undefined, true)
  }
  return data
}
