import type { Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { estimateBuildDuration, expectedLiveAt } from '../liveEstimate'
import { BUILD_LOGS_SLUG } from '../payloadBuildRecorder'
import { debounceMs, getRebuildScheduler } from '../rebuildScheduler'
import { isRebuildEnabled } from '../settings'
import { LOGIN_REQUIRED } from './loginRequired'

/** Recent successful builds the estimate may draw on; it uses at most a few of one kind. */
const HISTORY = 20

/**
 * GET /api/build-logs/status: whether builds are on, what runs now, the latest build, and while a
 * build is planned or running, when a change saved now will probably be live (`expectedLiveAt`,
 * with the server's `now` so the panel's countdown does not depend on the browser's clock).
 * Deploy hooks give no estimate: their build runs elsewhere, after the hook has answered.
 */
export const statusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const refused = requireEditor(req, LOGIN_REQUIRED)
    if (refused) return refused
    const mode = process.env.SITE_BUILD_HOOK_URL?.trim() ? 'hook' : 'local'
    const scheduler = getRebuildScheduler()
    const state = scheduler.state
    const { docs } = await req.payload.find({
      collection: BUILD_LOGS_SLUG,
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      req,
      select: { status: true, trigger: true, startedAt: true, finishedAt: true, durationMs: true, liveAt: true },
    })
    const latest = docs[0] ?? null
    let estimate = null
    if (mode === 'local') {
      const history = await req.payload.find({
        collection: BUILD_LOGS_SLUG,
        where: { and: [{ status: { equals: 'succeeded' } }, { mode: { equals: 'local' } }] },
        sort: '-createdAt',
        limit: HISTORY,
        depth: 0,
        req,
        select: { kind: true, startedAt: true, liveAt: true, durationMs: true },
      })
      estimate = estimateBuildDuration(history.docs)
    }
    const now = new Date()
    const liveAt = expectedLiveAt({
      state,
      estimate,
      now,
      runningSince: latest?.status === 'running' && latest.startedAt ? new Date(latest.startedAt) : undefined,
      startsAt: scheduler.startsAt,
      followUp: scheduler.hasFollowUp,
      debounceMs: debounceMs(),
    })
    return Response.json({
      enabled: isRebuildEnabled(),
      mode,
      state,
      latest,
      estimate,
      expectedLiveAt: liveAt?.toISOString() ?? null,
      now: now.toISOString(),
    })
  },
}
