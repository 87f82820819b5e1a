import type { Config } from './payload-types'

interface PublicCollectionInfo {
  /** Dutch name of the section or list (breadcrumbs, headings, menus). */
  label: string
  /** Dutch name of one document of it, as a kind next to its title (search results, newsletter). */
  itemLabel: string
  /** The section under which each document has its own page (`<path>/<slug>`). */
  path?: `/${string}`
}

/**
 * The CMS collections whose published documents make up the public site, with their Dutch
 * labels and public path: the CMS (previews, newsletter links, rebuilds) and the site read them
 * from here. Pages have no section path (they nest, see `pathFor`); partners and team members have no page
 * of their own (they are listed on `/partners` and in the team block).
 */
export const publicCollectionInfo = {
  news: { label: 'Nieuws', itemLabel: 'Nieuws', path: '/nieuws' },
  practices: { label: 'Goede voorbeelden', itemLabel: 'Goed voorbeeld', path: '/toolbox/goede-voorbeelden' },
  experts: { label: 'Experts', itemLabel: 'Expert', path: '/toolbox/experts' },
  regions: { label: "Inspiratieregio's", itemLabel: 'Inspiratieregio', path: '/inspiratieregios' },
  communities: {
    label: 'Communities of Practice',
    itemLabel: 'Community of Practice',
    path: '/communities-of-practice',
  },
  events: { label: 'Agenda', itemLabel: 'Agenda', path: '/agenda' },
  pages: { label: "Pagina's", itemLabel: 'Pagina' },
  themes: { label: "Thema's", itemLabel: 'Thema', path: '/themas' },
  advices: { label: 'Adviezen', itemLabel: 'Advies', path: '/adviezen' },
  publications: { label: 'Publicaties', itemLabel: 'Publicatie', path: '/publicaties' },
  partners: { label: 'Partners', itemLabel: 'Partner' },
  'team-members': { label: 'Programmateam', itemLabel: 'Teamlid' },
} as const satisfies { [Slug in keyof Config['collections']]?: PublicCollectionInfo }

export type PublicCollection = keyof typeof publicCollectionInfo

export const publicCollections = Object.keys(publicCollectionInfo) as PublicCollection[]

/** The public collections with a section path: each document has a page `<path>/<slug>`. */
type CollectionWithSectionPath = {
  [Slug in PublicCollection]: (typeof publicCollectionInfo)[Slug] extends { path: string } ? Slug : never
}[PublicCollection]

/** Collections whose documents each have a page of their own on the site: those and the (nested) pages. */
export type CollectionWithPage = CollectionWithSectionPath | 'pages'

export const hasPagesOfItsOwn = (slug: string): slug is CollectionWithPage =>
  slug === 'pages' ||
  (Object.hasOwn(publicCollectionInfo, slug) && 'path' in publicCollectionInfo[slug as PublicCollection])

/**
 * The collections with pages of their own, in the order above: an editor can preview a draft of
 * one (the CMS's "Voorbeeld", the site's `/voorbeeld/`), and a change of its path leaves a redirect.
 */
export const collectionsWithPages: readonly CollectionWithPage[] = publicCollections.filter(hasPagesOfItsOwn)
