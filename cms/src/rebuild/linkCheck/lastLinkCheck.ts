import type { Payload } from 'payload'
import type { BuildLog } from '@mao/shared/payload-types'
import { BUILD_LOGS_SLUG } from '../payloadBuildRecorder'
import type { RecordedBrokenLink } from './linkCheckResult'

export type LastLinkCheck = {
  /** The build log it belongs to. */
  build: number | string
  status: 'checked' | 'failed'
  brokenCount: number
  /** The first broken links the log kept (at most `MAX_RECORDED_BROKEN_LINKS`). */
  brokenLinks: RecordedBrokenLink[]
}

/**
 * The link check of the newest successful site build: what the live site holds. Undefined when
 * there was no successful build, or it ran no check (a deploy hook, a log from before the check).
 * A system read: callers decide who may see it.
 */
export async function lastLinkCheck(payload: Payload): Promise<LastLinkCheck | undefined> {
  const { docs } = await payload.find({
    collection: BUILD_LOGS_SLUG,
    where: { status: { equals: 'succeeded' } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { linkCheck: true, brokenLinkCount: true, brokenLinks: true },
  })
  const build = docs[0] as Pick<BuildLog, 'id' | 'linkCheck' | 'brokenLinkCount' | 'brokenLinks'> | undefined
  if (!build?.linkCheck) return undefined
  return {
    build: build.id,
    status: build.linkCheck,
    brokenCount: build.brokenLinkCount ?? 0,
    brokenLinks: (build.brokenLinks ?? []).map(({ page, url, reason }) => ({ page, url, reason })),
  }
}
