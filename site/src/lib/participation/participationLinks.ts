import { participationPaths } from '@mao/shared/sitePaths'

export interface ParticipationLink {
  label: string
  href: string
}

/**
 * The ways to take part, for the footer's "Doe mee" list. The form pages are CMS pages, so they
 * are linked only while published (an editor may take one offline); the others are the site's own.
 */
const links: (ParticipationLink & { cmsPage: boolean })[] = [
  { label: 'Aandeelhouder worden', href: participationPaths.shareholderForm, cmsPage: true },
  { label: 'Aandeelhouders', href: participationPaths.shareholders, cmsPage: false },
  { label: 'Goed voorbeeld aandragen', href: participationPaths.practiceForm, cmsPage: true },
  { label: 'Expertise aanbieden', href: participationPaths.expertForm, cmsPage: true },
  { label: 'Beweging in cijfers', href: participationPaths.figures, cmsPage: false },
]

/** The links whose page exists in this build, given the paths of the published CMS pages. */
export function participationLinks(publishedPagePaths: ReadonlySet<string>): ParticipationLink[] {
  return links
    .filter((link) => !link.cmsPage || publishedPagePaths.has(link.href))
    .map(({ label, href }) => ({ label, href }))
}
