import { publicCollectionInfo } from '@mao/shared/collections'
import { participationPaths, sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths } from '@mao/shared/urls'
import { type CandidateLink, existingLinks, type SiteLink } from './siteLink'

/** The CMS page that introduces the programme (seeded, with the advices and programme lines below it). */
export const programmePagePath = '/het-programma'

const links: CandidateLink[] = [
  { label: 'Het programma', href: programmePagePath, cmsPage: true },
  { label: 'De adviezen', href: collectionPaths.advices, cmsPage: false },
  { label: publicCollectionInfo.themes.label, href: collectionPaths.themes, cmsPage: false },
  { label: publicCollectionInfo.publications.label, href: collectionPaths.publications, cmsPage: false },
  { label: publicCollectionInfo.partners.label, href: sitePaths.partners, cmsPage: false },
  { label: 'Beweging in cijfers', href: participationPaths.figures, cmsPage: false },
]

/**
 * The footer's "Het programma" list: the sections every build has, so that an installation whose
 * editors never changed the menus still links each of them.
 */
export const programmeLinks = (publishedPagePaths: ReadonlySet<string>): SiteLink[] =>
  existingLinks(links, publishedPagePaths)
