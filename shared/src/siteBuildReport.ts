/**
 * What a site build reports about itself, for the CMS's Sitebuilds list: whether it reused the
 * previous build's pages (incremental) or rendered everything (full), and which pages it
 * rendered. The site writes it as JSON to the file named by SITE_BUILD_REPORT when that variable
 * is set (the CMS's rebuild feature sets it to a file beside the release, never inside the
 * published folder); a build without the variable writes nothing.
 */
export const SITE_BUILD_REPORT_ENV = 'SITE_BUILD_REPORT'

/** At most this many rendered paths are listed; `pages.rendered` counts them all. */
export const REPORTED_PATHS_LIMIT = 50

export type SiteBuildKind = 'full' | 'incremental'

export interface SiteBuildReport {
  kind: SiteBuildKind
  /** Why the build was full (first build, code or configuration changed, cache missing…); Dutch, for editors. */
  fullReason?: string
  pages: {
    /** Pages (and other files from dynamic routes) rendered in this build. */
    rendered: number
    /** Pages copied unchanged from the previous build. */
    reused: number
  }
  /**
   * Site paths rendered again because something they show changed, sorted, at most
   * REPORTED_PATHS_LIMIT of them. Pages rendered in every build (the home page, overviews, feeds)
   * count in `pages.rendered` but are not listed: they say nothing about the change.
   */
  renderedPaths: string[]
}

/** Reads a report back, or undefined when `value` is not one (a missing or foreign file). */
export function parseSiteBuildReport(value: unknown): SiteBuildReport | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const report = value as Partial<SiteBuildReport>
  if (report.kind !== 'full' && report.kind !== 'incremental') return undefined
  const pages = report.pages
  if (!pages || !Number.isInteger(pages.rendered) || !Number.isInteger(pages.reused)) return undefined
  if (!Array.isArray(report.renderedPaths) || !report.renderedPaths.every((p) => typeof p === 'string'))
    return undefined
  if (report.fullReason !== undefined && typeof report.fullReason !== 'string') return undefined
  return {
    kind: report.kind,
    ...(report.fullReason ? { fullReason: report.fullReason } : {}),
    pages: { rendered: pages.rendered, reused: pages.reused },
    renderedPaths: report.renderedPaths.slice(0, REPORTED_PATHS_LIMIT),
  }
}
