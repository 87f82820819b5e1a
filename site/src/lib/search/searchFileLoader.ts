/**
 * The worker's side of the split search files: loads the manifest, then runs a (synchronous)
 * search and, when it throws `MissingFilesError`, fetches every file it names (beside the
 * manifest, in parallel, each once) and runs it again. A failed fetch or a file from another
 * build rejects, so the page shows its error instead of wrong or partial results.
 */
import { MissingFilesError } from '@mao/shared/search/missingFiles'
import { loadManifest, type SplitSearch } from '@mao/shared/search/splitLoad'

/** Rounds of fetching per search: the query modes that need new shards, then the result chunks. */
export const MAX_ROUNDS = 8

export type FetchText = (url: string) => Promise<string>

export interface SearchFileLoader {
  /** The loaded manifest: an index and a store whose shards and chunks come as needed. */
  search: SplitSearch
  /** Run `work` until it no longer needs files; it must be free of side effects. */
  withFiles<T>(work: (search: SplitSearch) => T): Promise<T>
}

export async function loadSearchFiles(manifestUrl: string, fetchText: FetchText): Promise<SearchFileLoader> {
  const search = loadManifest(await fetchText(manifestUrl))
  const fetched = new Map<string, Promise<void>>()
  const fetchFile = (name: string): Promise<void> => {
    let pending = fetched.get(name)
    if (pending === undefined) {
      pending = fetchText(new URL(name, manifestUrl).href).then((text) => search.addFile(name, text))
      // A failed file is fetched again by a later search (the network may be back).
      pending.catch(() => fetched.delete(name))
      fetched.set(name, pending)
    }
    return pending
  }
  return {
    search,
    async withFiles(work) {
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        try {
          return work(search)
        } catch (error) {
          if (!(error instanceof MissingFilesError)) throw error
          await Promise.all(error.files.map(fetchFile))
        }
      }
      throw new Error('De zoekbestanden konden niet worden geladen')
    },
  }
}
