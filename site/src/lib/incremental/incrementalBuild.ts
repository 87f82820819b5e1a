import { randomUUID } from 'node:crypto'
import { REPORTED_PATHS_LIMIT, type SiteBuildReport } from '@mao/shared/siteBuildReport'
import type { SiteContent } from '../content/types'
import { withoutCoveredKeys } from './coveredKeys'
import { shortHash, type Digests } from './digests'
import { pathId, takePageManifest, type PageEntry, type PageManifest } from './pageManifest'

type Params = Record<string, string | number | undefined>

/**
 * One static build's incremental state, shared by the integration (which creates it at
 * `astro:build:start` and writes it out at `astro:build:done`), getStaticPaths (cache keys) and the
 * middleware (what each render read). They meet on globalThis because the pages run from Astro's
 * bundle, a second copy of these modules in the same process.
 *
 * A path gets the cache key it had in the last build when its props name the same documents and
 * every dependency it read then has the same digest now; otherwise a fresh random key, so Astro
 * renders it. Astro adds its own checks (the route's code, the config, the lockfile) and renders
 * whatever fails one of them.
 *
 * The salt holds what every page depends on besides content: the site and CMS addresses, and the
 * names of the build's scripts and styles (`assetNames`, read when the first key is asked for,
 * after Vite wrote them). One site-wide stylesheet's name changes with any style anywhere, also
 * when a route's own code did not: a reused page would link a file the release no longer has.
 */
export class IncrementalBuild {
  /** The build's "now": every page and digest compares instants with this one moment. */
  readonly now = Date.now()
  readonly #stored: PageManifest | undefined
  readonly #addresses: string
  readonly #assetNames: () => string[]
  #salt: string | undefined
  readonly #assigned = new Map<string, { key: string; props: string }>()
  readonly #rendered = new Map<string, { pathname: string; dependencies: Record<string, string> }>()
  #digests: Digests | undefined
  /**
   * The build's content fetch. The integration starts it at `astro:build:start`, so it runs while
   * Vite bundles the pages: that CPU work and the wait for the CMS overlap.
   */
  content: Promise<SiteContent> | undefined
  /** The release folder Astro writes, set by the integration: files made beside the pages go here. */
  outDir: string | undefined
  readonly #finishers: Array<() => void> = []
  readonly #beside: Array<Promise<unknown>> = []

  constructor(
    /** Astro's cache folder (`SITE_CACHE_DIR`), which every build shares: others keep their state beside ours. */
    readonly cacheDir: string,
    addresses: string,
    assetNames: () => string[],
  ) {
    this.#addresses = addresses
    this.#assetNames = assetNames
    this.#stored = takePageManifest(cacheDir)
  }

  #currentSalt(): string {
    this.#salt ??= shortHash(JSON.stringify([this.#addresses, this.#assetNames()]))
    return this.#salt
  }

  get #previous(): PageManifest | undefined {
    return this.#stored?.salt === this.#currentSalt() ? this.#stored : undefined
  }

  /** The digests of this build's content, given once by the site's code (the integration has no content). */
  useDigests(create: () => Digests): Digests {
    this.#digests ??= create()
    return this.#digests
  }

  async cacheKey(routePattern: string, params: Params, props: string, digests: Digests): Promise<string> {
    const id = pathId(routePattern, params)
    const previous = this.#previous?.paths[id]
    const reusable = previous !== undefined && previous.props === props && (await unchanged(previous, digests))
    const key = reusable ? previous.key : randomUUID()
    this.#assigned.set(id, { key, props })
    return key
  }

  async rendered(routePattern: string, params: Params, pathname: string, read: Set<string>, digests: Digests) {
    const dependencies: Record<string, string> = {}
    for (const key of withoutCoveredKeys(read)) {
      const digest = await digests.of(key)
      // Without a digest (an unknown key) the entry can never match again: the path is always rendered.
      dependencies[key] = digest ?? `unmatched-${randomUUID()}`
    }
    this.#rendered.set(pathId(routePattern, params), { pathname, dependencies })
  }

  /**
   * Work beside the pages (the search files' worker) that must be done before the build is: the
   * integration waits for it at `astro:build:done` (`besideDone`), and its failure fails the build.
   */
  waitFor(work: Promise<unknown>): void {
    // Nobody may await it before the end: its failure is reported there, not as unhandled.
    work.catch(() => {})
    this.#beside.push(work)
  }

  async besideDone(): Promise<void> {
    await Promise.all(this.#beside)
  }

  /**
   * Work for when the build is done: `finish` runs it at the end of the integration's
   * `astro:build:done`, after every page and the integrations listed before it.
   */
  onFinish(work: () => void): void {
    this.#finishers.push(work)
  }

  finish(): void {
    for (const work of this.#finishers.splice(0)) work()
  }

  /** The manifest for the next build: rendered paths with what they read now, reused ones as before. */
  manifest(): PageManifest {
    const paths: Record<string, PageEntry> = {}
    for (const [id, { key, props }] of this.#assigned) {
      const previous = this.#previous?.paths[id]
      // What a reused page read is what it read when its output was made, under the same key.
      const dependencies =
        this.#rendered.get(id)?.dependencies ?? (previous?.key === key ? previous.dependencies : undefined)
      if (dependencies) paths[id] = { key, props, dependencies }
    }
    return { version: 1, salt: this.#currentSalt(), paths }
  }

  report(): SiteBuildReport {
    const reused = [...this.#assigned.keys()].filter((id) => !this.#rendered.has(id)).length
    const renderedPaths = [...this.#rendered]
      .filter(([id]) => this.#assigned.has(id))
      .map(([, page]) => page.pathname)
      .sort()
    return {
      kind: reused > 0 ? 'incremental' : 'full',
      ...(reused > 0
        ? {}
        : {
            fullReason: this.#previous
              ? 'Code, configuratie of pakketten gewijzigd, of alle pagina’s geraakt: alles is opnieuw gemaakt.'
              : 'Geen eerdere build om op voort te bouwen (eerste build, lege cache of andere adressen).',
          }),
      pages: { rendered: this.#rendered.size, reused },
      renderedPaths: renderedPaths.slice(0, REPORTED_PATHS_LIMIT),
    }
  }
}

async function unchanged(entry: PageEntry, digests: Digests): Promise<boolean> {
  for (const [key, digest] of Object.entries(entry.dependencies)) {
    if ((await digests.of(key)) !== digest) return false
  }
  return true
}

const STATE = Symbol.for('mao.incrementalBuild')
type WithState = { [STATE]?: IncrementalBuild }

/** The build in progress; undefined in `astro dev`, the preview server and tests. */
export const currentBuild = (): IncrementalBuild | undefined => (globalThis as WithState)[STATE]

export function startBuild(build: IncrementalBuild | undefined): void {
  ;(globalThis as WithState)[STATE] = build
}
