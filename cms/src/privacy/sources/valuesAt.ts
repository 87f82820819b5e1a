/** Every value at a dotted path, stepping into arrays (`contacts.email` of each contact). */
export function valuesAt(value: unknown, path: string): unknown[] {
  const [head, ...rest] = path.split('.')
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (head === undefined || value === null || typeof value !== 'object') return []
  const next = (value as Record<string, unknown>)[head]
  if (rest.length === 0) return Array.isArray(next) ? next : [next]
  return valuesAt(next, rest.join('.'))
}
