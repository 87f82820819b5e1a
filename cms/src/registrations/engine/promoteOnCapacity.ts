import type { CollectionAfterChangeHook } from 'payload'
import { loadTarget } from '../targets/loadTarget'
import { targetKey, type TargetCollection } from '../targets/targetKey'
import { afterTransaction } from './afterTransaction'
import { queuePromotionNotices } from './noticeQueue'
import { promoteWaitlist } from './places'

/** More places on a community or event: the first on its waitlist move up (and are mailed). */
export const promoteOnCapacity: CollectionAfterChangeHook = ({ doc, previousDoc, operation, req, collection }) => {
  const capacity = (doc as { capacity?: number | null }).capacity ?? 0
  const before = (previousDoc as { capacity?: number | null } | undefined)?.capacity ?? 0
  if (operation !== 'update' || capacity <= before) return doc
  const key = targetKey(collection.slug as TargetCollection, doc.id as number | string)
  afterTransaction(req, 'wachtlijst doorschuiven na meer plaatsen', async () => {
    const target = await loadTarget(req.payload, key)
    if (!target) return
    queuePromotionNotices(req.payload, target, await promoteWaitlist(req.payload, key, target.capacity))
  })
  return doc
}
