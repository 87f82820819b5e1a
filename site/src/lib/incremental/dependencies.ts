import { AsyncLocalStorage } from 'node:async_hooks'
import { withoutCoveredKeys } from './coveredKeys'

/**
 * What the page being rendered reads, for incremental builds: every read of a document, a
 * collection, a global or another CMS source records a dependency key (see dependencyKeys.ts)
 * into the set of the render in progress. Outside a render (getStaticPaths, `astro dev`) there is
 * no set and nothing is recorded. AsyncLocalStorage keeps the four pages Astro renders at once
 * (`build.concurrency`) apart.
 */
const current = new AsyncLocalStorage<Set<string>>()

export function recordDependency(key: string): void {
  current.getStore()?.add(key)
}

/** Runs `render` and returns what it read, beside its result. */
export async function collectDependencies<T>(
  render: () => Promise<T>,
): Promise<{ value: T; dependencies: Set<string> }> {
  const dependencies = new Set<string>()
  const value = await current.run(dependencies, render)
  return { value, dependencies }
}

/**
 * Memoizes a computation over content for the whole build while keeping dependency tracking true:
 * the first call records what the computation read, and every later call, from any page, records
 * the same keys again. Without it, the second page to use a memo would seem to depend on nothing
 * it read through the memo.
 */
export function rememberDependencies<T>(compute: () => T): () => T {
  let remembered: { value: T; dependencies: Set<string> } | undefined
  return () => {
    if (!remembered) {
      const dependencies = new Set<string>()
      const value = current.run(dependencies, compute)
      // Every later page records these again: only the keys that are not covered by another.
      remembered = { value, dependencies: new Set(withoutCoveredKeys(dependencies)) }
    }
    for (const key of remembered.dependencies) recordDependency(key)
    return remembered.value
  }
}
