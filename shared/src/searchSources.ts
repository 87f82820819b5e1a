/**
 * The searchable collections: the one place that says which content the site search indexes and
 * how. A new collection with pages of its own joins the index, the type facet and its label by a
 * declaration here; the search core (./search) treats the type key as an opaque string. The order
 * is the order of the documents in the index (new collections go last, so earlier documents keep
 * their numbers).
 */
import { publicCollectionInfo } from './collections'
import { plainText } from './lexical'
import { pageLayoutText, type LayoutBlock } from './pageLayoutText'
import { present, searchSource, type SourceDocument, type SourceRelation, type Tagged } from './searchSource'
import { publicationKindLabels, type PublicationKind } from './selectOptions'

type Relations = readonly SourceRelation[] | null | undefined

export const searchSources = [
  searchSource({
    collection: 'news',
    type: 'news',
    fields: (doc: SourceDocument & Tagged & { body?: unknown }, relations) => ({
      body: plainText(doc.body),
      ...relations.of(doc),
      date: doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'practices',
    type: 'practice',
    fields: (
      doc: SourceDocument &
        Tagged & {
          body?: unknown
          organisation?: string | null
          place?: string | null
        },
      relations,
    ) => ({
      body: plainText(doc.body),
      ...relations.of(doc),
      places: present([doc.place]),
      ...(doc.organisation ? { organisation: doc.organisation } : {}),
      date: doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'experts',
    type: 'expert',
    fields: (
      doc: SourceDocument &
        Tagged & {
          role?: string | null
          organisation?: string | null
          bio?: unknown
        },
      relations,
    ) => ({
      person: true,
      ...(doc.role ? { headline: doc.role } : {}),
      body: plainText(doc.bio),
      ...relations.of(doc),
      ...(doc.organisation ? { organisation: doc.organisation } : {}),
      date: doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'regions',
    type: 'region',
    fields: (
      doc: SourceDocument & {
        municipalities?: readonly string[] | null
        description?: unknown
        approach?: unknown
        themes?: Relations
      },
      relations,
    ) => ({
      body: [plainText(doc.description), plainText(doc.approach)].filter(Boolean).join('\n'),
      themes: relations.themes(doc.themes),
      regions: [doc.title],
      places: present(doc.municipalities ?? []),
      date: doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'communities',
    type: 'community',
    fields: (
      doc: SourceDocument & {
        theme?: SourceRelation
        description?: unknown
        meetings?: readonly { place?: string | null }[] | null
      },
      relations,
    ) => ({
      body: plainText(doc.description),
      themes: relations.themes([doc.theme]),
      regions: [],
      places: present((doc.meetings ?? []).map((meeting) => meeting.place)),
      date: doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'events',
    type: 'event',
    fields: (
      doc: SourceDocument &
        Tagged & {
          startsAt?: string | null
          location?: string | null
          body?: unknown
        },
      relations,
    ) => ({
      body: plainText(doc.body),
      ...relations.of(doc),
      places: present([doc.location]),
      date: doc.startsAt ?? doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'publications',
    type: 'publication',
    fields: (
      doc: SourceDocument &
        Tagged & {
          kind: PublicationKind
          date?: string | null
          body?: unknown
        },
      relations,
    ) => ({
      headline: publicationKindLabels[doc.kind],
      body: plainText(doc.body),
      ...relations.of(doc),
      date: doc.date ?? doc.publishedAt,
    }),
  }),
  searchSource({
    collection: 'pages',
    type: 'page',
    fields: (doc: SourceDocument & { layout?: readonly LayoutBlock[] | null }) => ({
      body: pageLayoutText(doc.layout ?? []),
      themes: [],
      regions: [],
      date: doc.publishedAt,
    }),
  }),
  // One of the seven advices of the report: "Advies 4" is indexed with its title, as its page's kicker shows it.
  searchSource({
    collection: 'advices',
    type: 'advice',
    fields: (doc: SourceDocument & { number: number; body?: unknown }) => ({
      headline: `Advies ${doc.number}`,
      body: plainText(doc.body),
      themes: [],
      regions: [],
    }),
  }),
  // A theme's page lists what is about it: its title and summary are the text, and it counts in its own facet.
  searchSource({
    collection: 'themes',
    type: 'theme',
    fields: (doc: SourceDocument) => ({ body: '', themes: [doc.title], regions: [] }),
  }),
]

export type SearchSourceList = typeof searchSources

/** The type keys, in declaration order (the values `?type=` may take in a search URL). */
export const searchTypes: readonly string[] = searchSources.map((source) => source.type)

/** Dutch label of each type key: one document of its collection ("Goed voorbeeld", "Thema"). */
export const searchTypeLabels: Readonly<Record<string, string>> = typeLabels(searchSources)

export function typeLabels(sources: readonly { collection: keyof typeof publicCollectionInfo; type: string }[]) {
  return Object.fromEntries(sources.map((source) => [source.type, publicCollectionInfo[source.collection].itemLabel]))
}
