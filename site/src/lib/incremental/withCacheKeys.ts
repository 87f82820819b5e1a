import type { GetStaticPathsOptions } from 'astro'
import { buildDigests } from './buildDigests'
import { currentBuild } from './incrementalBuild'
import { propsReference } from './propsReference'

type StaticPath = { params: Record<string, string | number | undefined>; props?: unknown }

/**
 * Gives each path of a dynamic route the cache key of Astro's incremental build
 * (`experimental.incrementalBuild`), so an unchanged page is copied from the last build instead of
 * rendered. Outside a static build (dev, preview server, tests) the paths are returned as they are.
 */
export function withCacheKeys<Path extends StaticPath>(
  getStaticPaths: (options: GetStaticPathsOptions) => Promise<Path[]>,
): (options: GetStaticPathsOptions) => Promise<(Path & { cacheKey?: string })[]> {
  return async (options) => {
    const paths = await getStaticPaths(options)
    const build = currentBuild()
    if (!build) return paths
    const digests = await buildDigests(build)
    return Promise.all(
      paths.map(async (path) => ({
        ...path,
        cacheKey: await build.cacheKey(options.routePattern, path.params, propsReference(path.props), digests),
      })),
    )
  }
}
