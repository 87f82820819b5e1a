import type { CollectionBeforeValidateHook } from 'payload'
import { collectItems } from '../../../compose/collectItems'
import { itemWindowStart } from '../../../compose/itemWindow'

/**
 * An edition created without items (by hand) starts with every published news item and practice
 * marked for the newsletter since the previous edition, and the events of the weeks ahead.
 */
export const fillItems: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const now = new Date()
  const since = data.periodStart ? new Date(data.periodStart) : await itemWindowStart(req.payload, now, req)
  data.periodStart ??= since.toISOString()
  data.periodEnd ??= now.toISOString()
  if (!Array.isArray(data.items) || data.items.length === 0) {
    const items = await collectItems(req.payload, { since, until: new Date(data.periodEnd), req })
    data.items = items.map((item) => ({ item }))
  }
  return data
}
