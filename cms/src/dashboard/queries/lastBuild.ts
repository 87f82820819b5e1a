import type { Payload } from 'payload'
import { lastSiteBuild, siteBuildAdminPath, type BuildStatus } from '../../rebuild'

export type LastBuild = { status: BuildStatus; trigger: string; at: string; href: string } | undefined

/** The newest site build with the time it last moved and the link to its log in Sitebuilds. */
export async function lastBuild(payload: Payload): Promise<LastBuild> {
  const build = await lastSiteBuild(payload)
  if (!build) return undefined
  return {
    status: build.status,
    trigger: build.trigger,
    at: build.finishedAt ?? build.startedAt ?? build.createdAt,
    href: siteBuildAdminPath(payload.config.routes.admin, build.id),
  }
}
