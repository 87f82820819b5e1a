/**
 * The names of what a page can depend on. A document of a collection, a whole collection (its
 * members, their order and content: any list), a global, another answer of the CMS (figures,
 * registrations…) or one entry of it, and the clock.
 */
export const docKey = (collection: string, id: string): string => `doc:${collection}:${id}`
export const collectionKey = (collection: string): string => `all:${collection}`
export const globalKey = (name: string): string => `global:${name}`
export const sourceKey = (name: string, entry?: string): string =>
  entry === undefined ? `source:${name}` : `source:${name}:${entry}`
/** Whether an instant has come (see clock.ts). */
export const clockKey = (at: number): string => `clock:${at}`

export type DependencyKey =
  | { kind: 'doc'; collection: string; id: string }
  | { kind: 'all'; collection: string }
  | { kind: 'global'; name: string }
  | { kind: 'source'; name: string; entry?: string }
  | { kind: 'clock'; at: number }

/** The parts of a key, or undefined for a key this build does not know (then the page is rendered). */
export function parseDependencyKey(key: string): DependencyKey | undefined {
  const [kind, name, ...rest] = key.split(':')
  if (!name) return undefined
  if (kind === 'clock') return rest.length === 0 && /^-?\d+$/.test(name) ? { kind, at: Number(name) } : undefined
  const tail = rest.length > 0 ? rest.join(':') : undefined
  if (kind === 'doc' && tail !== undefined) return { kind, collection: name, id: tail }
  if (kind === 'all' && tail === undefined) return { kind, collection: name }
  if (kind === 'global' && tail === undefined) return { kind, name }
  if (kind === 'source') return tail === undefined ? { kind, name } : { kind, name, entry: tail }
  return undefined
}
