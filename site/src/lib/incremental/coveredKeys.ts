/** A document key's cover is its collection's key; a source entry's, its source's key. */
const COVERS = [
  ['doc:', 'all:'],
  ['source:', 'source:'],
] as const

/**
 * The key that covers `key`, read off its prefix rather than parsed (dependencyKeys.ts): list
 * pages read thousands of keys, and parsing them took about 0.2 s of a cold build at 10,000
 * documents (CPU profile).
 */
function coveringKey(key: string): string | undefined {
  const cover = COVERS.find(([prefix]) => key.startsWith(prefix))
  if (!cover) return undefined
  const [prefix, whole] = cover
  const end = key.indexOf(':', prefix.length)
  return end > prefix.length ? whole + key.slice(prefix.length, end) : undefined
}

/**
 * The keys of `read` that say something the others do not, sorted. A collection's key covers every
 * document key of that collection (its digest changes with any member's content, with members
 * coming or going and with their order), and a source's key covers its entries' keys. A page that
 * iterates a list reads every member through it: at 10,000 documents a toolbox list page read
 * about 3,000 document keys beside `all:practices`, and the manifest of all pages grew to 188 MB
 * (4.5 million entries, each digested and written on every build).
 */
export function withoutCoveredKeys(read: Iterable<string>): string[] {
  const keys = [...read]
  const wholes = new Set(keys.filter((key) => key.startsWith('all:') || key.startsWith('source:')))
  if (wholes.size === 0) return keys.sort()
  return keys
    .filter((key) => {
      const covering = coveringKey(key)
      return covering === undefined || !wholes.has(covering)
    })
    .sort()
}
