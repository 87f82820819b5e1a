/** Shared types and the field schema of the search index (no runtime dependencies). */

/**
 * A document's content type ("news", "practice"…): opaque to the search core, which only counts
 * and filters by it. The types and their labels are declared outside it (shared/src/searchSources.ts).
 */
export type DocType = string

/** A document as handed to the index builder at build time. */
export interface SearchDocument {
  id: string
  type: DocType
  title: string
  /** A second title, indexed and shown with it: an expert's role ("Jeugdarts, GGD"). */
  headline?: string
  /** The title is a person's name: a query naming the person ranks this document first. */
  person?: boolean
  summary: string
  body: string
  themes: string[]
  regions: string[]
  organisation?: string
  /**
   * Places and municipalities (a practice's place, a region's municipalities, an event's
   * location): indexed with the regions, but not a facet.
   */
  places?: string[]
  url: string
  /** ISO date (YYYY-MM-DD or full ISO timestamp). */
  date?: string
}

/** Indexed fields and their boosts. The order is part of the serialised index. */
export const FIELD_BOOSTS = {
  title: 10,
  summary: 4,
  body: 1,
  themes: 3,
  regions: 3,
  organisation: 3,
} as const satisfies Record<string, number>

export type SearchField = keyof typeof FIELD_BOOSTS

export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[]
