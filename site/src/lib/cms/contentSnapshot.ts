import { readFileSync } from 'node:fs'
import { writeJsonFile } from '@mao/shared/writeJsonFile'
import { afterBuild } from '../incremental/afterBuild'
import { writtenFile } from '../writtenFile'
import type { DocumentStamp } from './documentStamps'
import type { RawDocument } from './mergeStoredDocuments'

/** Beside Astro's own cache, the page manifest and the search term cache (`SITE_CACHE_DIR`). */
export const CONTENT_SNAPSHOT_FILE = 'mao-content.json'

/**
 * The documents the last build fetched, as the CMS sent them, for the next build to reuse those
 * the CMS has not saved since (fetchPublishedReusing). `epoch` names the CMS process that started
 * the build: a restarted CMS (new code, hooks or migrations, which change what it sends without
 * saving documents) gives a new one, and the next build fetches everything. `query` is the list
 * request's shape (depth, what is populated): documents fetched another way do not fit. `media`
 * are the media stamps taken before the documents were fetched.
 */
export interface ContentSnapshot {
  version: 1
  cmsUrl: string
  epoch: string
  query: string
  media: DocumentStamp[]
  collections: Record<string, RawDocument[]>
}

/** The last snapshot this process wrote (0.5 s to read back at 10,000 documents). */
const written = writtenFile<ContentSnapshot>('contentSnapshot')

const read = (file: string): unknown => written.read(file) ?? JSON.parse(readFileSync(file, 'utf8'))

/** The stored snapshot when it was made for this CMS, epoch and query; any other file (or none) gives undefined. */
export function loadContentSnapshot(
  file: string,
  { cmsUrl, epoch, query }: Pick<ContentSnapshot, 'cmsUrl' | 'epoch' | 'query'>,
): ContentSnapshot | undefined {
  try {
    const snapshot = read(file) as Partial<ContentSnapshot> | null
    const valid =
      snapshot?.version === 1 &&
      snapshot.cmsUrl === cmsUrl &&
      snapshot.epoch === epoch &&
      snapshot.query === query &&
      Array.isArray(snapshot.media) &&
      typeof snapshot.collections === 'object' &&
      snapshot.collections !== null &&
      Object.values(snapshot.collections).every(Array.isArray)
    return valid ? (snapshot as ContentSnapshot) : undefined
  } catch {
    return undefined
  }
}

/** Stores the snapshot for the next build, after this one has answered (see afterBuild). */
export function saveContentSnapshot(file: string, snapshot: ContentSnapshot): void {
  afterBuild(() => {
    try {
      written.write(file, snapshot, (to) => writeJsonFile(to, snapshot))
    } catch (error) {
      // The next build fetches every document: slower, never wrong.
      console.warn(`[content] Could not store the fetched content in ${file}: ${String(error)}`)
    }
  })
}
