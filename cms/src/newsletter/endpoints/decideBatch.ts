import { NotFound, type Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { decideUncertainBatch, type BatchDecision } from '../send/decideUncertainBatch'
import { runSend } from '../send/runSend'
import { LOGIN_REQUIRED } from './loginRequired'
import { routeId } from './routeId'

const DECISIONS = new Set<BatchDecision>(['resend', 'markSent'])

/**
 * POST /api/newsletters/:id/batches/:number/decision with `{ "decision": "resend" | "markSent" }`:
 * an editor settles a batch marked uncertain ("onzeker"), then sending goes on (or finishes).
 */
export const decideBatchEndpoint: Endpoint = {
  path: '/:id/batches/:number/decision',
  method: 'post',
  handler: async (req) => {
    const denied = requireEditor(req, LOGIN_REQUIRED)
    if (denied) return denied
    const body = (await req.json?.().catch(() => undefined)) as { decision?: unknown } | undefined
    const decision = body?.decision as BatchDecision
    const number = Number(req.routeParams?.number)
    if (!DECISIONS.has(decision) || !Number.isInteger(number))
      return Response.json({ ok: false, message: 'Kies "resend" of "markSent" voor een batchnummer.' }, { status: 400 })
    try {
      const doc = await req.payload.findByID({
        collection: 'newsletters',
        id: routeId(req),
        depth: 0,
        select: { status: true },
        overrideAccess: true,
      })
      if (doc.status !== 'sending')
        return Response.json({ ok: false, message: 'Deze nieuwsupdate wordt niet verstuurd.' }, { status: 409 })
      const user = req.user as { name?: string; email?: string } | null
      const done = await decideUncertainBatch(
        req.payload,
        doc.id,
        number,
        decision,
        user?.name || user?.email || 'onbekend',
      )
      if (!done) return Response.json({ ok: false, message: 'Geen onzekere batch met dit nummer.' }, { status: 404 })
      void runSend(req.payload, doc.id).catch((error: unknown) =>
        req.payload.logger.error({ err: error, msg: `Nieuwsupdate ${doc.id}: versturen onderbroken` }),
      )
      return Response.json({ ok: true })
    } catch (error) {
      if (error instanceof NotFound)
        return Response.json({ ok: false, message: 'Nieuwsupdate niet gevonden.' }, { status: 404 })
      throw error
    }
  },
}
