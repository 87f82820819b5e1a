import type { Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { getRebuildScheduler } from '../rebuildScheduler'
import { isRebuildEnabled, resolveRebuildSettings } from '../settings'
import { LOGIN_REQUIRED } from './loginRequired'

/** POST /api/build-logs/rebuild: the "Site opnieuw bouwen" button. Logged-in users only. */
export const rebuildEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: (req) => {
    const refused = requireEditor(req, LOGIN_REQUIRED)
    if (refused) return refused
    if (!isRebuildEnabled()) {
      return Response.json(
        {
          errors: [
            {
              message: 'Herbouwen staat uit op deze server (REBUILD_ENABLED). Vraag de beheerder om het aan te zetten.',
            },
          ],
        },
        { status: 503 },
      )
    }
    try {
      resolveRebuildSettings()
    } catch (error) {
      return Response.json(
        { errors: [{ message: `Configuratiefout: ${error instanceof Error ? error.message : String(error)}` }] },
        { status: 500 },
      )
    }
    const user = req.user as { name?: unknown; email?: unknown }
    const who = typeof user.name === 'string' && user.name ? user.name : String(user.email ?? '')
    const scheduler = getRebuildScheduler()
    scheduler.request(`Handmatig (${who})`, { payload: req.payload, immediate: true })
    return Response.json({ message: 'Sitebuild ingepland.', state: scheduler.state }, { status: 202 })
  },
}
