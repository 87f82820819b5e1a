/** Saving the lunr index at build time and loading it in the browser or a Web Worker. */
import { lunr, registerDutch } from './lunr-nl'
import { SEARCH_FIELDS } from './types'

export function serializeIndex(index: lunr.Index): string {
  return JSON.stringify(index)
}

/**
 * Load a serialised index (JSON text or the parsed object). Registers the Dutch plugin first,
 * without which `lunr.Index.load` throws "Cannot load unregistered function: stemmer-nl".
 */
export function loadIndex(json: string | object): lunr.Index {
  registerDutch()
  const data: unknown = typeof json === 'string' ? JSON.parse(json) : json
  const fields = (data as { fields?: unknown } | null)?.fields
  if (!Array.isArray(fields) || SEARCH_FIELDS.some((f) => !fields.includes(f))) {
    throw new Error(`Not a search index with the fields ${SEARCH_FIELDS.join(', ')}`)
  }
  return lunr.Index.load(data as object)
}
