/** A link the site's own code places (footer groups, home sections). */
export interface SiteLink {
  label: string
  href: string
}

/** A link to a CMS page exists only while the page is published; the site's own pages always do. */
export type CandidateLink = SiteLink & { cmsPage: boolean }

/** The links whose page exists in this build, given the paths of the published CMS pages. */
export const existingLinks = (links: readonly CandidateLink[], publishedPagePaths: ReadonlySet<string>): SiteLink[] =>
  links.filter((link) => !link.cmsPage || publishedPagePaths.has(link.href)).map(({ label, href }) => ({ label, href }))
