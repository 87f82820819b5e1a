import type { Payload } from 'payload'
import type { SiteBuildReport } from '@mao/shared/siteBuildReport'
import type { BuildRecorder } from './buildRecorder'
import type { LinkCheckResult } from './linkCheck/linkCheckResult'

export const BUILD_LOGS_SLUG = 'build-logs'
const KEEP_LOGS = 200

/** The link check's fields of a build log; all empty when no check ran (a deploy hook, a failed build). */
const linkCheckFields = (result: LinkCheckResult | undefined) => ({
  linkCheck: result?.status ?? null,
  brokenLinkCount: result?.status === 'checked' ? result.brokenCount : null,
  brokenLinks: result?.status === 'checked' ? result.brokenLinks : [],
})

/** The site's own report of a build; all empty when it sent none (a deploy hook, a failed build, an older site). */
const reportFields = (report: SiteBuildReport | undefined) => ({
  kind: report?.kind ?? null,
  fullReason: report?.fullReason ?? null,
  pagesRendered: report?.pages.rendered ?? null,
  pagesReused: report?.pages.reused ?? null,
  renderedPaths: report ? report.renderedPaths.join('\n') : null,
})

/**
 * Records a build in the `build-logs` collection (system writes, bypassing access control).
 * A failing write is logged and never stops the build itself.
 */
export function payloadBuildRecorder(payload: Payload): BuildRecorder {
  let id: number | string | undefined
  const safely = async (what: string, write: () => Promise<unknown>) => {
    try {
      await write()
    } catch (error) {
      payload.logger.error({ err: error }, `Sitebuild-log: ${what} mislukt`)
    }
  }
  return {
    queued: async ({ trigger, mode }) => {
      await safely('aanmaken', async () => {
        const doc = await payload.create({
          collection: BUILD_LOGS_SLUG,
          data: { status: 'queued', trigger, mode },
          overrideAccess: true,
          depth: 0,
        })
        id = doc.id
      })
      return id === undefined ? undefined : String(id)
    },
    running: (startedAt) =>
      safely('bijwerken', async () => {
        if (id === undefined) return
        await payload.update({
          collection: BUILD_LOGS_SLUG,
          id,
          data: { status: 'running', startedAt: startedAt.toISOString() },
          overrideAccess: true,
          depth: 0,
        })
      }),
    finished: (outcome) =>
      safely('afronden', async () => {
        const data = {
          status: outcome.status,
          trigger: outcome.trigger,
          startedAt: outcome.startedAt.toISOString(),
          finishedAt: outcome.finishedAt.toISOString(),
          durationMs: outcome.durationMs,
          logTail: outcome.logTail,
          release: outcome.release ?? null,
          liveAt: outcome.liveAt?.toISOString() ?? null,
          ...reportFields(outcome.report),
          ...linkCheckFields(outcome.linkCheck),
        }
        if (id === undefined) {
          await payload.create({
            collection: BUILD_LOGS_SLUG,
            data: { ...data, mode: outcome.mode },
            overrideAccess: true,
            depth: 0,
          })
        } else {
          await payload.update({ collection: BUILD_LOGS_SLUG, id, data, overrideAccess: true, depth: 0 })
        }
        const level = outcome.status === 'succeeded' ? 'info' : 'error'
        payload.logger[level](
          `Sitebuild ${outcome.status === 'succeeded' ? 'geslaagd' : 'mislukt'} in ${outcome.durationMs} ms: ${outcome.trigger}`,
        )
        await pruneOldLogs(payload)
      }),
    abandoned: (build, reason) =>
      safely('afbreken', async () => {
        const finishedAt = new Date().toISOString()
        // Only while unfinished: the other process may have finished it after all.
        await payload.update({
          collection: BUILD_LOGS_SLUG,
          where: { and: [{ id: { equals: build } }, { status: { in: ['queued', 'running'] } }] },
          data: { status: 'failed', finishedAt, logTail: reason },
          overrideAccess: true,
          depth: 0,
        })
      }),
  }
}

/** Keep the newest KEEP_LOGS build logs. */
async function pruneOldLogs(payload: Payload): Promise<void> {
  const { docs } = await payload.find({
    collection: BUILD_LOGS_SLUG,
    sort: '-createdAt',
    limit: 1,
    page: KEEP_LOGS + 1,
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true },
  })
  const oldestToDrop = docs[0]
  if (!oldestToDrop) return
  await payload.delete({
    collection: BUILD_LOGS_SLUG,
    where: { createdAt: { less_than_equal: oldestToDrop.createdAt } },
    overrideAccess: true,
  })
}
