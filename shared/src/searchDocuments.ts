/**
 * Turn published Payload documents (as the site's content loaders fetch them from the REST API,
 * relations either populated or as ids) into `SearchDocument`s, following the declarations in
 * searchSources.ts. Drafts are left out; the id is `<type>:<id>`, the URL the document's page.
 */
import type { SearchDocument } from './search/types'
import type {
  AnySearchSource,
  RelationTitles,
  SearchSource,
  SourceDocument,
  SourceId,
  SourceRelation,
} from './searchSource'
import { searchSources, type SearchSourceList } from './searchSources'
import { pathFor } from './urls'

type DocumentOf<Source> = Source extends SearchSource<infer _Collection, infer Doc> ? Doc : never

interface Titled {
  id: SourceId
  title: string
}

/**
 * The published documents of each declared collection, by collection slug. The themes and regions
 * also resolve the relations of the others to their titles (the facet values).
 */
export type SearchContentFor<Sources extends readonly AnySearchSource[]> = {
  [Source in Sources[number] as Source['collection']]?: readonly DocumentOf<Source>[]
} & Omit<TitleLookups, Sources[number]['collection']>

interface TitleLookups {
  themes?: readonly Titled[]
  regions?: readonly Titled[]
}

/** The site's content for the search: every declared collection; themes and regions always. */
export type SearchContent = SearchContentFor<SearchSourceList> & {
  themes: SearchContentFor<SearchSourceList>['themes'] & {}
  regions: SearchContentFor<SearchSourceList>['regions'] & {}
}

/** Every published document of the searchable collections, in declaration order. */
export function searchDocumentsFromPayload(content: SearchContent): SearchDocument[] {
  return searchDocumentsFrom(searchSources, content)
}

/** As `searchDocumentsFromPayload`, for any list of declarations. */
export function searchDocumentsFrom<Sources extends readonly AnySearchSource[]>(
  sources: Sources,
  content: SearchContentFor<Sources>,
): SearchDocument[] {
  const byCollection = content as Partial<Record<string, readonly SourceDocument[]>>
  const lookups = content as TitleLookups
  const relations = relationTitles(lookups.themes ?? [], lookups.regions ?? [])
  const docs: SearchDocument[] = []
  for (const source of sources) {
    for (const doc of byCollection[source.collection] ?? []) {
      if (doc._status === 'draft') continue
      const { date, ...fields } = source.fields(doc as never, relations)
      docs.push({
        id: `${source.type}:${doc.id}`,
        type: source.type,
        title: doc.title,
        summary: doc.summary ?? '',
        ...fields,
        url: pathFor(source.collection, {
          slug: doc.slug,
          breadcrumbs: doc.breadcrumbs ? [...doc.breadcrumbs] : null,
        }),
        ...(date ? { date } : {}),
      })
    }
  }
  return docs
}

function relationTitles(themes: readonly Titled[], regions: readonly Titled[]): RelationTitles {
  const themeTitles = titleLookup(themes)
  const regionTitles = titleLookup(regions)
  return {
    themes: (relations) => resolve(relations, themeTitles),
    regions: (relations) => resolve(relations, regionTitles),
    of: (doc) => ({ themes: resolve(doc.themes, themeTitles), regions: resolve(doc.regions, regionTitles) }),
  }
}

function titleLookup(items: readonly Titled[]): Map<string, string> {
  return new Map(items.map((item) => [String(item.id), item.title]))
}

function resolve(relations: readonly SourceRelation[] | null | undefined, titles: Map<string, string>): string[] {
  const result: string[] = []
  for (const relation of relations ?? []) {
    if (relation === null || relation === undefined) continue
    const title =
      typeof relation === 'object' ? (relation.title ?? titles.get(String(relation.id))) : titles.get(String(relation))
    if (title && !result.includes(title)) result.push(title)
  }
  return result
}
