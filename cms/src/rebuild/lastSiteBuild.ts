import type { Payload } from 'payload'
import type { BuildStatus } from './buildRecorder'
import { BUILD_LOGS_SLUG } from './payloadBuildRecorder'

export type SiteBuildRecord = {
  id: number | string
  status: BuildStatus
  trigger: string
  startedAt?: string | null
  finishedAt?: string | null
  createdAt: string
}

/**
 * The newest recorded site build, optionally only among some statuses; undefined when there is
 * none. A system read: callers decide who may see it.
 */
export async function lastSiteBuild(
  payload: Payload,
  { statuses }: { statuses?: readonly BuildStatus[] } = {},
): Promise<SiteBuildRecord | undefined> {
  const { docs } = await payload.find({
    collection: BUILD_LOGS_SLUG,
    where: statuses ? { status: { in: [...statuses] } } : undefined,
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true, trigger: true, startedAt: true, finishedAt: true, createdAt: true },
  })
  return docs[0] as SiteBuildRecord | undefined
}

/** The admin address of a build's record (its log), under the admin route. */
export const siteBuildAdminPath = (adminRoute: string, id: number | string): string =>
  `${adminRoute}/collections/${BUILD_LOGS_SLUG}/${String(id)}`
