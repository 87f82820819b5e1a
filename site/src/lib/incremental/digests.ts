import { createHash } from 'node:crypto'
import { byId } from '../content/relations'
import type { SiteContent } from '../content/types'
import { docKey, parseDependencyKey } from './dependencyKeys'
import { sourceLoaders } from './trackedSource'

export const shortHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 16)

/** Maps and Sets as arrays: JSON.stringify writes both as `{}`, and their contents must count. */
export const jsonable = (value: unknown): unknown => {
  if (value instanceof Map) return [...value.entries()]
  if (value instanceof Set) return [...value].sort()
  return value
}

/** JSON that also spells out Maps (an availability answer is one) and Sets. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) => jsonable(inner))

const ABSENT = 'absent'

/**
 * The digest of every dependency key for this build's content and CMS answers: a page can be
 * reused when each key it read last time has the same digest now. A document that is not
 * published has the digest "absent"; an instant is "reached" or "ahead". Unknown keys have none,
 * so a page that read one is always rendered.
 */
export class Digests {
  readonly #content: SiteContent
  readonly #now: number
  readonly #memo = new Map<string, Promise<string | undefined>>()
  readonly #docs = new Map<string, string>()

  constructor(content: SiteContent, now = Date.now()) {
    this.#content = content
    this.#now = now
  }

  of(key: string): Promise<string | undefined> {
    let digest = this.#memo.get(key)
    if (!digest) {
      digest = this.#compute(key)
      this.#memo.set(key, digest)
    }
    return digest
  }

  #list(collection: string): readonly { id: string }[] | undefined {
    const list = (this.#content as unknown as Record<string, unknown>)[collection]
    return Array.isArray(list) ? (list as { id: string }[]) : undefined
  }

  #doc(collection: string, id: string): string | undefined {
    const list = this.#list(collection)
    if (!list) return undefined
    // Each document is hashed once: both its own key and its collection's key need its digest.
    const key = docKey(collection, id)
    let digest = this.#docs.get(key)
    if (digest === undefined) {
      const doc = byId(list).get(id)
      digest = doc === undefined ? ABSENT : shortHash(JSON.stringify(doc))
      this.#docs.set(key, digest)
    }
    return digest
  }

  async #compute(key: string): Promise<string | undefined> {
    const parsed = parseDependencyKey(key)
    switch (parsed?.kind) {
      case 'doc':
        return this.#doc(parsed.collection, parsed.id)
      case 'all': {
        const list = this.#list(parsed.collection)
        if (!list) return undefined
        return shortHash(list.map((doc) => `${doc.id}=${this.#doc(parsed.collection, doc.id)}`).join('\n'))
      }
      case 'global': {
        const global = (this.#content as unknown as Record<string, unknown>)[parsed.name]
        return global === undefined ? undefined : shortHash(JSON.stringify(global))
      }
      case 'source': {
        const load = sourceLoaders.get(parsed.name)
        if (!load) return undefined
        const value = await load()
        if (parsed.entry === undefined) return shortHash(stableJson(value))
        if (!(value instanceof Map)) return undefined
        const entry: unknown = value.get(parsed.entry)
        return entry === undefined ? ABSENT : shortHash(stableJson(entry))
      }
      case 'clock':
        return parsed.at <= this.#now ? 'reached' : 'ahead'
      default:
        return undefined
    }
  }
}
