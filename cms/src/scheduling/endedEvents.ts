import type { Payload, PayloadRequest } from 'payload'
import { lastSiteBuild, requestSiteRebuild } from '../rebuild'

export type EndedEventsOutcome = { ended: number; requested: boolean }

const SHOWN = 3

/** When the newest build that has or will read the content started; undefined without one. */
async function lastBuildReadAt(payload: Payload): Promise<Date | undefined> {
  // A failed build changed nothing on the site, so it does not count.
  const build = await lastSiteBuild(payload, { statuses: ['queued', 'running', 'succeeded'] })
  const at = build?.startedAt ?? build?.createdAt
  return at ? new Date(at) : undefined
}

/**
 * The site sorts an event under "eerder" when it is built after the event ended. Ask for a build
 * when a published event ended after the newest build started (and no later than `now`), so the
 * agenda moves on by itself. Without any recorded build there is nothing to correct: the first
 * build is still to come.
 */
export async function rebuildForEndedEvents(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<EndedEventsOutcome> {
  const since = await lastBuildReadAt(payload)
  if (!since || since >= now) return { ended: 0, requested: false }
  const { docs, totalDocs } = await payload.find({
    collection: 'events',
    where: {
      _status: { equals: 'published' },
      endsAt: { greater_than: since.toISOString(), less_than_equal: now.toISOString() },
    },
    sort: 'endsAt',
    limit: SHOWN,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return { ended: 0, requested: false }
  const titles = docs.map((doc) => `“${doc.title}”`).join(', ')
  const more = totalDocs > docs.length ? ` en nog ${totalDocs - docs.length}` : ''
  requestSiteRebuild(payload, `Afgelopen: ${titles}${more} (naar eerder)`)
  return { ended: totalDocs, requested: true }
}
