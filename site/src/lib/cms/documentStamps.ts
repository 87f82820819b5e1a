import { CmsError } from './CmsError'
import { fetchJson } from './fetchJson'

/** A document's id and when the CMS last saved it: what tells a stored copy from a stale one. */
export type DocumentStamp = { id: string; updatedAt: string }

export const documentStampsUrl = (cmsUrl: string, collection: string, publishedOnly: boolean): string =>
  `${cmsUrl}/api/${collection}?pagination=false&depth=0&sort=id&select[updatedAt]=true` +
  (publishedOnly ? '&where[_status][equals]=published' : '')

/**
 * The id and `updatedAt` of every (published) document of a collection, in the order the full
 * fetch uses (by id), in one request: about 60 bytes a document instead of a few kilobytes.
 */
export async function fetchDocumentStamps(
  cmsUrl: string,
  collection: string,
  { publishedOnly = true, fetchImpl }: { publishedOnly?: boolean; fetchImpl?: typeof fetch } = {},
): Promise<DocumentStamp[]> {
  const url = documentStampsUrl(cmsUrl, collection, publishedOnly)
  const answer = (await fetchJson(url, fetchImpl)) as { docs?: unknown } | null
  if (!Array.isArray(answer?.docs)) throw new CmsError(`The CMS answer for ${url} is not a list of documents.`)
  return answer.docs.map((doc: { id?: unknown; updatedAt?: unknown }) => {
    if ((typeof doc.id !== 'string' && typeof doc.id !== 'number') || typeof doc.updatedAt !== 'string') {
      throw new CmsError(`The CMS answer for ${url} has a document without id or updatedAt.`)
    }
    return { id: String(doc.id), updatedAt: doc.updatedAt }
  })
}
