/**
 * The shape of one searchable collection's declaration (the list is in searchSources.ts): the
 * search core only sees the `SearchDocument`s made from it, the type key as an opaque string.
 */
import type { CollectionWithPage } from './collections'

export type SourceId = string | number

/** A relation as the REST API gives it: an id, or the populated document. */
export type SourceRelation = SourceId | { id: SourceId; title?: string | null } | null | undefined

/** What every published document of a searchable collection has (others are the collection's own). */
export interface SourceDocument {
  id: SourceId
  title: string
  summary?: string | null
  slug?: string | null
  publishedAt?: string | null
  _status?: 'draft' | 'published' | null
  /** Nested pages: their path is the last breadcrumb's URL (see `pathFor`). */
  breadcrumbs?: readonly { url?: string | null }[] | null
}

/** A document with theme and region relations (news, practices, experts, events, publications). */
export interface Tagged {
  themes?: readonly SourceRelation[] | null
  regions?: readonly SourceRelation[] | null
}

/** Theme and region titles of related documents, looked up by id when the relation is not populated. */
export interface RelationTitles {
  themes(relations: readonly SourceRelation[] | null | undefined): string[]
  regions(relations: readonly SourceRelation[] | null | undefined): string[]
  /** The theme and region facet values of a document that links both. */
  of(doc: Tagged): { themes: string[]; regions: string[] }
}

/**
 * The indexed fields a declaration makes of one document; id, type, title, summary and URL follow
 * from the declaration and the document itself. Read only public fields here: contact persons,
 * e-mail addresses and phone numbers must never reach the index or the store.
 */
export interface SearchFields {
  /** A second title, indexed and shown with it (an expert's role, a publication's kind). */
  headline?: string
  /** The title is a person's name (an expert): a query naming the person ranks the document first. */
  person?: boolean
  body: string
  /** Facet values (titles), as the theme and region facets show them. */
  themes: string[]
  regions: string[]
  /** Places and municipalities: found like regions, but not a facet. */
  places?: string[]
  organisation?: string
  /** ISO date shown with a result and used for recency; none for timeless pages. */
  date?: string | null
}

export interface SearchSource<Collection extends CollectionWithPage, Doc extends SourceDocument> {
  /** The Payload collection: its documents' page (`pathFor`) and its label (`publicCollectionInfo`). */
  collection: Collection
  /** The type key: document ids `<type>:<id>`, the `type` facet's values and `?type=` in search URLs. */
  type: string
  fields: (doc: Doc, relations: RelationTitles) => SearchFields
}

/** Any declaration, whatever its document shape (for code that only reads collection and type). */
export type AnySearchSource = SearchSource<CollectionWithPage, never>

/** Declares a searchable collection; the document type is inferred from `fields`' parameter. */
export const searchSource = <Collection extends CollectionWithPage, Doc extends SourceDocument>(
  source: SearchSource<Collection, Doc>,
): SearchSource<Collection, Doc> => source

/** The distinct, non-blank strings of a list, in order. */
export function present(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value.trim() !== ''))]
}
