import { parseDependencyKey } from './dependencyKeys'

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
      const parsed = parseDependencyKey(key)
      if (parsed?.kind === 'doc') return !wholes.has(`all:${parsed.collection}`)
      if (parsed?.kind === 'source' && parsed.entry !== undefined) return !wholes.has(`source:${parsed.name}`)
      return true
    })
    .sort()
}
