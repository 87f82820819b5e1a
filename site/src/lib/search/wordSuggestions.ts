/**
 * "Bedoelde je …?" in the search worker, strictly optional: the words file is fetched on the first
 * query that needs a suggestion, and any failure (network, an HTML page instead of JSON from a
 * proxy, a file of another shape, an error while suggesting) gives no suggestion, never a failed
 * search.
 */
import type { SearchIndex } from '@mao/shared/search/engine'
import { suggestionFor, type SearchResponse } from '@mao/shared/search/query'
import { createVocabulary, needsSuggestion, type Vocabulary } from '@mao/shared/search/suggest'
import type { FetchText } from './searchFileLoader'

export type Suggest = (index: SearchIndex, rawQuery: string, response: SearchResponse) => Promise<string | undefined>

/** The words file's content as a vocabulary, or undefined when it is not a JSON array of strings. */
export function parseVocabulary(text: string): Vocabulary | undefined {
  try {
    const words: unknown = JSON.parse(text)
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) return undefined
    return createVocabulary(words)
  } catch {
    return undefined
  }
}

/** Suggestions from the words at `wordsUrl` (none when it is empty). */
export function createSuggest(wordsUrl: string, fetchText: FetchText): Suggest {
  let vocabulary: Promise<Vocabulary | undefined> | undefined
  const words = (): Promise<Vocabulary | undefined> =>
    (vocabulary ??= fetchText(wordsUrl).then(parseVocabulary, () => {
      // The network may be back for a later query; a file that did not parse stays unused.
      vocabulary = undefined
      return undefined
    }))
  return async (index, rawQuery, response) => {
    // Checked here as well as in suggestionFor so that a good result never fetches the words.
    if (wordsUrl === '' || !needsSuggestion(response)) return undefined
    try {
      const loaded = await words()
      return loaded === undefined ? undefined : suggestionFor(index, rawQuery, response, loaded)
    } catch {
      return undefined
    }
  }
}
