/**
 * Turn published Payload documents (as the site's content loaders fetch them from the REST API,
 * relations either populated or as ids) into `SearchDocument`s. Only public fields are read:
 * contact persons, e-mail addresses and phone numbers never reach the index or the store.
 */
import { plainText } from '../lexical'
import { publicationKindLabels, type PublicationKind } from '../selectOptions'
import { pathFor } from '../urls'
import type { DocType, SearchDocument } from './types'

type Id = string | number
type Relation = Id | { id: Id; title?: string | null } | null | undefined
type Rich = unknown

interface Base {
  id: Id
  title: string
  summary?: string | null
  slug?: string | null
  publishedAt?: string | null
  _status?: 'draft' | 'published' | null
}

export interface SearchSources {
  themes: readonly { id: Id; title: string }[]
  regions: readonly (Base & {
    municipalities?: readonly string[] | null
    description?: Rich
    approach?: Rich
    themes?: readonly Relation[] | null
  })[]
  news?: readonly (Base & { body?: Rich; themes?: readonly Relation[] | null; regions?: readonly Relation[] | null })[]
  practices?: readonly (Base & {
    body?: Rich
    organisation?: string | null
    place?: string | null
    themes?: readonly Relation[] | null
    regions?: readonly Relation[] | null
  })[]
  experts?: readonly (Base & {
    role?: string | null
    organisation?: string | null
    bio?: Rich
    themes?: readonly Relation[] | null
    regions?: readonly Relation[] | null
  })[]
  communities?: readonly (Base & {
    theme?: Relation
    description?: Rich
    facilitator?: string | null
    meetings?: readonly { place?: string | null }[] | null
  })[]
  events?: readonly (Base & {
    startsAt?: string | null
    location?: string | null
    body?: Rich
    themes?: readonly Relation[] | null
    regions?: readonly Relation[] | null
  })[]
  publications?: readonly (Base & {
    kind: PublicationKind
    date?: string | null
    body?: Rich
    themes?: readonly Relation[] | null
    regions?: readonly Relation[] | null
  })[]
  pages?: readonly (Base & {
    breadcrumbs?: readonly { url?: string | null }[] | null
    layout?: readonly Record<string, unknown>[] | null
  })[]
}

/** Every published document of the searchable collections, in a stable order. */
export function searchDocumentsFromPayload(sources: SearchSources): SearchDocument[] {
  const themeTitles = titleLookup(sources.themes)
  const regionTitles = titleLookup(sources.regions)
  const themesOf = (relations: readonly Relation[] | null | undefined) => resolve(relations, themeTitles)
  const regionsOf = (relations: readonly Relation[] | null | undefined) => resolve(relations, regionTitles)
  const docs: SearchDocument[] = []
  const add = (
    type: DocType,
    base: Base,
    fields: Omit<SearchDocument, 'id' | 'type' | 'title' | 'summary' | 'date'> & { date?: string | null },
  ) => {
    if (base._status === 'draft') return
    const { date: fieldDate, ...rest } = fields
    const date = fieldDate ?? base.publishedAt ?? undefined
    docs.push({
      ...rest,
      id: `${type}:${base.id}`,
      type,
      title: base.title,
      summary: base.summary ?? '',
      ...(date ? { date } : {}),
    })
  }

  for (const doc of sources.news ?? []) {
    add('news', doc, {
      body: plainText(doc.body),
      themes: themesOf(doc.themes),
      regions: regionsOf(doc.regions),
      url: pathFor('news', doc),
    })
  }
  for (const doc of sources.practices ?? []) {
    add('practice', doc, {
      body: plainText(doc.body),
      themes: themesOf(doc.themes),
      regions: regionsOf(doc.regions),
      places: present([doc.place]),
      ...(doc.organisation ? { organisation: doc.organisation } : {}),
      url: pathFor('practices', doc),
    })
  }
  for (const doc of sources.experts ?? []) {
    add('expert', doc, {
      ...(doc.role ? { headline: doc.role } : {}),
      body: plainText(doc.bio),
      themes: themesOf(doc.themes),
      regions: regionsOf(doc.regions),
      ...(doc.organisation ? { organisation: doc.organisation } : {}),
      url: pathFor('experts', doc),
    })
  }
  for (const doc of sources.regions) {
    add('region', doc, {
      body: [plainText(doc.description), plainText(doc.approach)].filter(Boolean).join('\n'),
      themes: themesOf(doc.themes),
      regions: [doc.title],
      places: present(doc.municipalities ?? []),
      url: pathFor('regions', doc),
    })
  }
  for (const doc of sources.communities ?? []) {
    add('community', doc, {
      body: plainText(doc.description),
      themes: themesOf([doc.theme]),
      regions: [],
      places: present((doc.meetings ?? []).map((meeting) => meeting.place)),
      url: pathFor('communities', doc),
    })
  }
  for (const doc of sources.events ?? []) {
    add('event', doc, {
      body: plainText(doc.body),
      themes: themesOf(doc.themes),
      regions: regionsOf(doc.regions),
      places: present([doc.location]),
      url: pathFor('events', doc),
      date: doc.startsAt,
    })
  }
  for (const doc of sources.publications ?? []) {
    add('publication', doc, {
      headline: publicationKindLabels[doc.kind],
      body: plainText(doc.body),
      themes: themesOf(doc.themes),
      regions: regionsOf(doc.regions),
      url: pathFor('publications', doc),
      date: doc.date,
    })
  }
  for (const doc of sources.pages ?? []) {
    add('page', doc, {
      body: pageText(doc.layout ?? []),
      themes: [],
      regions: [],
      url: pathFor('pages', { slug: doc.slug, breadcrumbs: doc.breadcrumbs ? [...doc.breadcrumbs] : null }),
    })
  }
  return docs
}

/** Text of the rich text and call-to-action blocks of a page layout. */
function pageText(layout: readonly Record<string, unknown>[]): string {
  const parts: string[] = []
  for (const block of layout) {
    if (block.blockType === 'richText') parts.push(plainText(block.content))
    if (block.blockType === 'callToAction') {
      for (const value of [block.heading, block.text]) if (typeof value === 'string') parts.push(value)
    }
    if (block.blockType === 'mediaBlock' && typeof block.caption === 'string') parts.push(block.caption)
  }
  return parts.filter(Boolean).join('\n')
}

function titleLookup(items: readonly { id: Id; title: string }[]): Map<string, string> {
  return new Map(items.map((item) => [String(item.id), item.title]))
}

function resolve(relations: readonly Relation[] | null | undefined, titles: Map<string, string>): string[] {
  const result: string[] = []
  for (const relation of relations ?? []) {
    if (relation === null || relation === undefined) continue
    const title =
      typeof relation === 'object' ? (relation.title ?? titles.get(String(relation.id))) : titles.get(String(relation))
    if (title && !result.includes(title)) result.push(title)
  }
  return result
}

function present(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value.trim() !== ''))]
}
