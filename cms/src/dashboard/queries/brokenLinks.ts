import type { Payload } from 'payload'
import { siteUrl as configuredSiteUrl } from '../../env'
import { lastLinkCheck, siteBuildAdminPath } from '../../rebuild'

/** How many broken links the dashboard names; the build log has the rest. */
export const SHOWN_BROKEN_LINKS = 5

export type ShownBrokenLink = { page: string; pageUrl: string; url: string; reason: string }

export type BrokenLinks =
  | { kind: 'none' }
  | { kind: 'failed'; href: string }
  | { kind: 'checked'; count: number; links: ShownBrokenLink[]; href: string }

/**
 * The broken links the newest successful site build found, the first few with the page on the
 * site they are on, and the link to that build's log.
 */
export async function brokenLinks(
  payload: Payload,
  { siteUrl = configuredSiteUrl() }: { siteUrl?: string } = {},
): Promise<BrokenLinks> {
  const check = await lastLinkCheck(payload)
  if (!check) return { kind: 'none' }
  const href = siteBuildAdminPath(payload.config.routes.admin, check.build)
  if (check.status === 'failed') return { kind: 'failed', href }
  return {
    kind: 'checked',
    count: check.brokenCount,
    links: check.brokenLinks
      .slice(0, SHOWN_BROKEN_LINKS)
      .map((link) => ({ ...link, pageUrl: `${siteUrl.replace(/\/+$/, '')}${link.page}` })),
    href,
  }
}
