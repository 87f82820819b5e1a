import { NotFound, type Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { batchCounts } from '../send/batchCounts'
import { uncertainBatches } from '../send/uncertainBatches'
import { LOGIN_REQUIRED } from './loginRequired'
import { routeId } from './routeId'

/**
 * GET /api/newsletters/:id/progress: status and sent / total / failed / uncertain, counted from
 * the batches as they are recorded, and the uncertain batches awaiting a decision: for the admin's
 * progress bar while an edition is being sent. Editors only.
 */
export const progressEndpoint: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const denied = requireEditor(req, LOGIN_REQUIRED)
    if (denied) return denied
    try {
      const doc = await req.payload.findByID({
        collection: 'newsletters',
        id: routeId(req),
        depth: 0,
        select: { status: true, sentAt: true, progress: true },
        overrideAccess: true,
      })
      const counts = await batchCounts(req.payload, doc.id)
      const uncertain = counts.uncertain > 0 ? await uncertainBatches(req.payload, doc.id) : []
      return Response.json(
        {
          status: doc.status,
          sentAt: doc.sentAt ?? null,
          ...counts,
          pausedReason: doc.progress?.pausedReason ?? null,
          uncertainBatches: uncertain,
        },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      if (error instanceof NotFound)
        return Response.json({ ok: false, message: 'Nieuwsupdate niet gevonden.' }, { status: 404 })
      throw error
    }
  },
}
