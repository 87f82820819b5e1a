import { publicCollectionInfo } from '@mao/shared/collections'
import { sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths, pathFor } from '@mao/shared/urls'
import { expertMeta, practiceMeta } from './cardMeta'
import { type FilterLink, filterLinks, PAGE_SIZE } from './filters'
import { sectionCrumb } from './paths'
import type { ExpertDoc, PracticeDoc, SiteContent } from './types'
import { rememberDependencies } from '../incremental/dependencies'

/** What differs between the two toolbox lists: practices and experts. */
export const toolboxSections = {
  practices: {
    basePath: collectionPaths.practices,
    title: publicCollectionInfo.practices.label,
    lead: 'Voorbeelden uit het land van samenwerking tussen onderwijs, jeugdhulp, zorg en gemeenten: wat ze doen, wat ze opleveren en wie je kunt bellen.',
    allLabel: 'Alle goede voorbeelden',
    countNoun: ['goed voorbeeld', 'goede voorbeelden'] as [string, string],
    emptyText: 'Er zijn hier nog geen goede voorbeelden.',
    docs: (content: SiteContent): PracticeDoc[] => content.practices,
    item: (doc: PracticeDoc) => ({
      href: pathFor('practices', doc),
      title: doc.title,
      summary: doc.summary,
      meta: practiceMeta(doc),
      image: doc.heroImage,
    }),
  },
  experts: {
    basePath: collectionPaths.experts,
    title: publicCollectionInfo.experts.label,
    lead: 'Mensen met kennis en ervaring die je kunt vragen voor een presentatie, een workshop of advies.',
    allLabel: 'Alle experts',
    countNoun: ['expert', 'experts'] as [string, string],
    emptyText: 'Er zijn hier nog geen experts.',
    docs: (content: SiteContent): ExpertDoc[] => content.experts,
    item: (doc: ExpertDoc) => ({
      href: pathFor('experts', doc),
      title: doc.title,
      summary: doc.summary,
      meta: expertMeta(doc),
      image: doc.photo,
    }),
  },
} as const

export type ToolboxSection = keyof typeof toolboxSections

export const toolboxCrumb = { label: 'Toolbox', href: sitePaths.toolbox }

/** The breadcrumbs above a toolbox document: the toolbox, then its section's list. */
export const toolboxCrumbs = (section: ToolboxSection): { label: string; href: string }[] => [
  toolboxCrumb,
  sectionCrumb(section),
]

type Filters = { themeLinks: FilterLink[]; regionLinks: FilterLink[] }
const cache = new WeakMap<SiteContent, Partial<Record<ToolboxSection, () => Filters>>>()

/**
 * The theme and region filter links of a toolbox list, computed once per build; every page that
 * shows them depends on what computing them read (incremental builds).
 */
export function toolboxFilters(content: SiteContent, section: ToolboxSection): Filters {
  const cached = cache.get(content) ?? {}
  cache.set(content, cached)
  cached[section] ??= rememberDependencies(() => {
    const { basePath } = toolboxSections[section]
    const docs = toolboxSections[section].docs(content)
    return {
      themeLinks: filterLinks(docs, { basePath, field: 'themes', terms: content.themes }),
      regionLinks: filterLinks(docs, { basePath, field: 'regions', terms: content.regions }),
    }
  })
  return cached[section]()
}

/** A filter dimension of the toolbox lists: its URL segment, the document field and the terms. */
export const toolboxDimensions = {
  thema: { field: 'themes', terms: (content: SiteContent) => content.themes, lead: 'bij thema' },
  regio: { field: 'regions', terms: (content: SiteContent) => content.regions, lead: 'bij inspiratieregio' },
} as const

export type ToolboxDimension = keyof typeof toolboxDimensions

export type ToolboxTerm = { id: string; slug: string; title: string }

/**
 * Static paths of the pre-built filter pages (`/toolbox/<section>/<thema|regio>/<term>/<page>`):
 * one paginated list per term that has documents, so filtering works without JavaScript.
 */
export function toolboxFilterPaths<T>(
  content: SiteContent,
  section: ToolboxSection,
  dimension: ToolboxDimension,
  param: string,
  paginate: (
    data: (PracticeDoc | ExpertDoc)[],
    options: { pageSize: number; params: Record<string, string>; props: { term: ToolboxTerm } },
  ) => T[],
): T[] {
  const { field, terms } = toolboxDimensions[dimension]
  const docs: (PracticeDoc | ExpertDoc)[] = toolboxSections[section].docs(content)
  return terms(content).flatMap((term) => {
    const matching = docs.filter((doc) => (doc[field] as string[]).includes(term.id))
    return matching.length === 0
      ? []
      : paginate(matching, { pageSize: PAGE_SIZE, params: { [param]: term.slug }, props: { term } })
  })
}
