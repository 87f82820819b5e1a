import type { CollectionAfterDeleteHook } from 'payload'
import type { Registration } from '@mao/shared/payload-types'
import { loadTarget } from '../targets/loadTarget'
import { afterTransaction } from './afterTransaction'
import { queuePromotionNotices } from './noticeQueue'
import { requestRegistrationRebuild } from './requestRebuild'
import { promoteWaitlist } from './places'

/** An admin deleted a registration: a place it held goes to the first on the waitlist. */
export const promoteAfterDelete: CollectionAfterDeleteHook<Registration> = ({ doc, req }) => {
  afterTransaction(req, 'plaatsen herberekenen na verwijderen', async () => {
    const target = await loadTarget(req.payload, doc.targetKey)
    if (!target) return
    const promoted = await promoteWaitlist(req.payload, target.key, target.capacity)
    queuePromotionNotices(req.payload, target, promoted)
    requestRegistrationRebuild(req.payload, target, 'Inschrijving verwijderd')
  })
}
