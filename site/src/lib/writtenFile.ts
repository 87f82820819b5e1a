import { statSync } from 'node:fs'
import { fileIdentity } from './fileIdentity'

type Written<T> = { file: string; identity: string; value: T }

/**
 * What this process last wrote to a cache file, kept in memory so that the warm build process's
 * next build need not read the file back. It counts only while the file is the one written (same
 * identity, see fileIdentity): a file replaced or removed since is read as usual. On globalThis:
 * every build may run its own copy of the module that asks.
 */
export function writtenFile<T>(name: string): {
  read(file: string): T | undefined
  /** Writes `value` to `file` with `writeTo`, and keeps it once the file is written. */
  write(file: string, value: T, writeTo: (file: string) => void): void
} {
  const key = Symbol.for(`mao.written.${name}`)
  const store = globalThis as { [key]?: Written<T> }
  return {
    read(file) {
      const kept = store[key]
      try {
        return kept?.file === file && kept.identity === fileIdentity(statSync(file)) ? kept.value : undefined
      } catch {
        return undefined
      }
    },
    write(file, value, writeTo) {
      // Nothing kept while the file changes: a failed write leaves whatever it left to be read.
      store[key] = undefined
      writeTo(file)
      store[key] = { file, identity: fileIdentity(statSync(file)), value }
    },
  }
}
