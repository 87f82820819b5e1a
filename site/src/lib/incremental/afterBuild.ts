/**
 * Work that can wait until the build has answered: writing what the next build reuses (the
 * fetched content; the search terms are stored by the search files' worker, beside the pages),
 * about 2 s of every publish at 10,000 documents. The warm
 * build process (scripts/buildServer.ts) runs it once it has answered the CMS and before it takes
 * the next build, so a publish does not wait for it; anywhere else it runs at once. A write that
 * never happens (the process killed first) leaves the previous file, which the next build still
 * reads correctly: it only has older documents, so more of them are fetched or computed again.
 */
export const AFTER_BUILD = Symbol.for('mao.afterBuild')

type Host = { [AFTER_BUILD]?: Array<() => void> }

export function afterBuild(work: () => void): void {
  const later = (globalThis as Host)[AFTER_BUILD]
  if (later) later.push(work)
  else work()
}
