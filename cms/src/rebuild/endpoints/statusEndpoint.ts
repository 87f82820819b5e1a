import type { Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { BUILD_LOGS_SLUG } from '../payloadBuildRecorder'
import { getRebuildScheduler } from '../rebuildScheduler'
import { isRebuildEnabled } from '../settings'
import { LOGIN_REQUIRED } from './loginRequired'

/** GET /api/build-logs/status: whether builds are on, what runs now, and the latest build. */
export const statusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const refused = requireEditor(req, LOGIN_REQUIRED)
    if (refused) return refused
    const { docs } = await req.payload.find({
      collection: BUILD_LOGS_SLUG,
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      req,
      select: { status: true, trigger: true, startedAt: true, finishedAt: true, durationMs: true },
    })
    return Response.json({
      enabled: isRebuildEnabled(),
      mode: process.env.SITE_BUILD_HOOK_URL?.trim() ? 'hook' : 'local',
      state: getRebuildScheduler().state,
      latest: docs[0] ?? null,
    })
  },
}
