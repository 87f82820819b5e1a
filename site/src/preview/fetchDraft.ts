import { hasPagesOfItsOwn, type CollectionWithPage } from '@mao/shared/collections'
import { siteCollections } from '../lib/collections'
import { CmsError } from '../lib/cms/CmsError'
import { getFromCms } from '../lib/cms/getFromCms'
import { parseDocument } from '../lib/cms/parseDocument'
import type { CollectionDoc } from '../lib/content/types'

export type DraftResult =
  | { kind: 'draft'; collection: CollectionWithPage; doc: CollectionDoc<CollectionWithPage> }
  | { kind: 'refused'; status: 401 | 404; message: string }
  | { kind: 'incomplete'; message: string }

/**
 * The latest draft of one document through the CMS's token-guarded preview endpoint, checked by
 * the same schema as a published document. The token is passed on untouched: the CMS decides.
 */
export async function fetchDraft(
  cmsUrl: string,
  collection: string,
  id: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<DraftResult> {
  if (!hasPagesOfItsOwn(collection) || !token) {
    return { kind: 'refused', status: 401, message: 'Deze voorbeeldlink is ongeldig of verlopen.' }
  }
  const url = `${cmsUrl}/api/preview/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`
  const response = await getFromCms(url, { headers: { accept: 'application/json' } }, fetchImpl)
  if (response.status === 401 || response.status === 403) {
    return {
      kind: 'refused',
      status: 401,
      message: 'Deze voorbeeldlink is ongeldig of verlopen. Open het voorbeeld opnieuw vanuit het CMS.',
    }
  }
  if (response.status === 404) return { kind: 'refused', status: 404, message: 'Dit document bestaat niet (meer).' }
  if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for the preview of ${collection} ${id}`)
  // The site's schemas take published documents only; a preview shows the draft as it will be once published.
  const draft = { ...((await response.json()) as Record<string, unknown>), _status: 'published' }
  try {
    const doc = parseDocument(siteCollections[collection].schema, draft, { collection, id })
    return { kind: 'draft', collection, doc }
  } catch (error) {
    if (error instanceof CmsError) return { kind: 'incomplete', message: error.message }
    throw error
  }
}
