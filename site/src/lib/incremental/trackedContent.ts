import { siteCollections, siteGlobals } from '../collections'
import type { SiteContent } from '../content/types'
import { recordDependency } from './dependencies'
import { collectionKey, docKey, globalKey } from './dependencyKeys'
import { currentBuild } from './incrementalBuild'

const UNTRACKED = Symbol('untracked')
/** Each tracked object's dependency key, to name it in a page's props (see propsReference.ts). */
const keys = new WeakMap<object, string>()
/** The slug of each tracked collection list. */
const collections = new WeakMap<object, string>()

/**
 * A view of `target` that records `key` on every read. Shallow on purpose: anything inside a
 * document is reached through one of its properties, and the key's digest covers the whole
 * document.
 *
 * Revoked when the build is done, which lets go of the document: Astro keeps every route's
 * getStaticPaths props, and a warm build process keeps each build's page bundle (its name differs
 * every build). The views in those props held the whole content of every past build: about half
 * of the process's heap growth at 10,000 documents (heap snapshots two builds apart: 110 → 58 MB).
 */
function tracked<T extends object>(target: T, key: string): T {
  const { proxy, revoke } = Proxy.revocable(target, {
    get(object, property, receiver) {
      if (property === UNTRACKED) return object
      recordDependency(key)
      return Reflect.get(object, property, receiver)
    },
    has(object, property) {
      recordDependency(key)
      return Reflect.has(object, property)
    },
    ownKeys(object) {
      recordDependency(key)
      return Reflect.ownKeys(object)
    },
    getOwnPropertyDescriptor(object, property) {
      recordDependency(key)
      return Reflect.getOwnPropertyDescriptor(object, property)
    },
  })
  currentBuild()?.onFinish(revoke)
  keys.set(proxy, key)
  return proxy
}

/**
 * The content as pages see it: each document records its own key when read, each collection list
 * its collection's key (any list depends on all its members), each global its key.
 */
export function trackContent(content: SiteContent): SiteContent {
  const view: Record<string, unknown> = {}
  for (const slug of Object.keys(siteCollections) as (keyof typeof siteCollections)[]) {
    const docs = content[slug].map((doc) => tracked(doc, docKey(slug, doc.id)))
    const list = tracked(docs, collectionKey(slug))
    collections.set(list, slug)
    view[slug] = list
  }
  for (const name of Object.keys(siteGlobals) as (keyof typeof siteGlobals)[]) {
    view[name] = tracked(content[name], globalKey(name))
  }
  return view as SiteContent
}

/** The dependency key of a tracked document, collection or global; undefined for anything else. */
export const trackedKey = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null ? keys.get(value) : undefined

/** What a tracked view shows, read without recording anything; anything else as it is. */
export function untracked<T>(value: T): T {
  if (typeof value !== 'object' || value === null || !keys.has(value)) return value
  return (value as Record<symbol, unknown>)[UNTRACKED] as T
}

/** The collection slug of a list from trackContent, else undefined. */
export const collectionOf = (list: readonly unknown[]): string | undefined => collections.get(list)
