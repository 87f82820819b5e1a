import { recordDependency } from './dependencies'
import { sourceKey } from './dependencyKeys'
import { TrackedMap } from './trackedMap'

/** Loaders of the CMS answers other than content, by name, so a build can digest them (see digests.ts). */
export const sourceLoaders = new Map<string, () => Promise<unknown>>()

/**
 * Wraps the build-wide loader of a CMS answer that is not site content (figures, registrations,
 * consent texts…). A page that reads it depends on the answer as a whole; for an answer that is a
 * Map, on each entry it looks up (so one event's places changing re-renders that event only).
 */
export function trackedSource<Args extends unknown[], T>(
  name: string,
  load: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  sourceLoaders.set(name, () => load(...([] as unknown[] as Args)))
  const views = new WeakMap<object, unknown>()
  return async (...args) => {
    const value = await load(...args)
    if (!(value instanceof Map)) {
      recordDependency(sourceKey(name))
      return value
    }
    let view = views.get(value)
    if (!view) {
      view = new TrackedMap(value, (entry) => sourceKey(name, String(entry)), sourceKey(name))
      views.set(value, view)
    }
    return view as T
  }
}
