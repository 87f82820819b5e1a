/**
 * The lead of the search page: what the search covers, from the declared search sources, so a
 * collection added there is named here without an edit. Used at build time only (the island never
 * imports the search sources).
 */
import { publicCollectionInfo } from '@mao/shared/collections'
import { searchSources } from '@mao/shared/searchSources'

/** A label inside a sentence: "Goede voorbeelden" → "goede voorbeelden"; acronyms ("OOGO") keep their capitals. */
export function inSentence(label: string): string {
  return label.replace(/\p{Lu}[\p{Ll}'’]*/gu, (word) => (word.length > 1 ? word.toLowerCase() : word))
}

/** "a, b en c" */
export function listInDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}

export function searchLead(labels: readonly string[]): string {
  return `Zoek in alle onderdelen van de site: ${listInDutch(labels.map(inSentence))}.`
}

/** The lead for the collections the site search indexes, in their declared order. */
export const siteSearchLead = (): string =>
  searchLead(searchSources.map((source) => publicCollectionInfo[source.collection].label))
