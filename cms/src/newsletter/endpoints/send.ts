import { NotFound, type Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { SendRefusedError, startSend } from '../send/startSend'
import { LOGIN_REQUIRED } from './loginRequired'
import { routeId } from './routeId'

/**
 * POST /api/newsletters/:id/send: send an approved edition to every confirmed subscriber. Refuses
 * (409) a draft, an edition already sent, or one whose items are not yet on the built site.
 */
export const sendEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    const denied = requireEditor(req, LOGIN_REQUIRED)
    if (denied) return denied
    const user = req.user as { name?: string; email?: string } | null
    try {
      const { total, batches, warning } = await startSend(
        req.payload,
        routeId(req),
        user?.name || user?.email || 'onbekend',
      )
      return Response.json({ ok: true, total, batches, warning }, { status: 202 })
    } catch (error) {
      if (error instanceof SendRefusedError)
        return Response.json({ ok: false, message: error.message }, { status: error.status })
      if (error instanceof NotFound)
        return Response.json({ ok: false, message: 'Nieuwsupdate niet gevonden.' }, { status: 404 })
      throw error
    }
  },
}
