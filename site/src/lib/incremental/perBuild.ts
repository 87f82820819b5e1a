import { currentBuild } from './incrementalBuild'

/**
 * A slot for what a module keeps "once per build" (the content, the search files, the figures…),
 * held by the build in progress instead of the module.
 *
 * The warm build process (scripts/buildServer.ts) runs build after build in one Node process, and
 * Node never forgets a module it imported. With the release folder outside site/, Astro imports
 * the page bundle from the same path every build, so a module-level cache served the last build's
 * content to the next one; inside site/, every build's own copy of the bundle kept its content
 * alive after the build. Kept by the build, a slot starts empty in the next build and is freed with
 * its build. Outside a static build (the dev and preview servers, tests) there is one slot for the
 * module's life, as a module-level variable would be.
 */
export function perBuild<T>(): () => { value?: T } {
  const slots = new WeakMap<object, { value?: T }>()
  const outside: { value?: T } = {}
  return () => {
    const build = currentBuild()
    if (build === undefined) return outside
    let slot = slots.get(build)
    if (slot === undefined) {
      slot = {}
      slots.set(build, slot)
    }
    return slot
  }
}
