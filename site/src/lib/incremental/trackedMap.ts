import { recordDependency } from './dependencies'

/**
 * A map whose lookups record one key per entry (found or not: a page that looked for an entry
 * changes when it appears) and whose iteration records the key of the whole map.
 */
export class TrackedMap<K, V> extends Map<K, V> {
  #entryKey: (key: K) => string
  #wholeKey: string

  constructor(entries: Iterable<readonly [K, V]>, entryKey: (key: K) => string, wholeKey: string) {
    super(entries)
    this.#entryKey = entryKey
    this.#wholeKey = wholeKey
  }

  override get(key: K): V | undefined {
    recordDependency(this.#entryKey(key))
    return super.get(key)
  }

  override has(key: K): boolean {
    recordDependency(this.#entryKey(key))
    return super.has(key)
  }

  override get size(): number {
    recordDependency(this.#wholeKey)
    return super.size
  }

  override keys(): MapIterator<K> {
    recordDependency(this.#wholeKey)
    return super.keys()
  }

  override values(): MapIterator<V> {
    recordDependency(this.#wholeKey)
    return super.values()
  }

  override entries(): MapIterator<[K, V]> {
    recordDependency(this.#wholeKey)
    return super.entries()
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    recordDependency(this.#wholeKey)
    super.forEach(callback, thisArg)
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    recordDependency(this.#wholeKey)
    return super[Symbol.iterator]()
  }
}
