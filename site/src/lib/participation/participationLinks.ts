import { participationPaths } from '@mao/shared/sitePaths'
import { type CandidateLink, existingLinks, type SiteLink } from '../navigation/siteLink'

/**
 * The ways to take part, for the footer's "Doe mee" list (the newsletter has its own footer
 * column). The form pages are CMS pages, so they are linked only while published (an editor may
 * take one offline); the list of aandeelhouders is the site's own.
 */
const links: CandidateLink[] = [
  { label: 'Aandeelhouder worden', href: participationPaths.shareholderForm, cmsPage: true },
  { label: 'Aandeelhouders', href: participationPaths.shareholders, cmsPage: false },
  { label: 'Goed voorbeeld aandragen', href: participationPaths.practiceForm, cmsPage: true },
  { label: 'Expertise aanbieden', href: participationPaths.expertForm, cmsPage: true },
  { label: 'Contact', href: participationPaths.contactForm, cmsPage: true },
]

/** The links whose page exists in this build, given the paths of the published CMS pages. */
export const participationLinks = (publishedPagePaths: ReadonlySet<string>): SiteLink[] =>
  existingLinks(links, publishedPagePaths)
