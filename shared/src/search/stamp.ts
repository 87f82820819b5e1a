/**
 * A short fingerprint of the document list (count and ids in order). The index and the store of
 * one build carry the same stamp, so a page can never pair an index with a store from another
 * build (doc numbers would point at the wrong documents).
 */
export function documentStamp(ids: readonly string[]): string {
  // FNV-1a, 32 bits, over the ids separated by a character that cannot occur in JSON keys we emit.
  let hash = 0x811c9dc5
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
  }
  for (const id of ids) feed(`${id}\u0000`)
  return `${ids.length.toString(36)}-${hash.toString(36)}`
}
