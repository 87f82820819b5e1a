import { defineMiddleware } from 'astro:middleware'
import { collectDependencies } from './lib/incremental/dependencies'
import { buildDigests } from './lib/incremental/buildDigests'
import { currentBuild } from './lib/incremental/incrementalBuild'

/**
 * During a static build, records what each page and endpoint reads (see lib/incremental). Does
 * nothing in `astro dev` and the preview server.
 *
 * The body is not read again here: a static build renders each page to one string before `next()`
 * resolves (Astro streams only where `manifest.serverLike`), and our endpoints compute their body
 * before they answer. Reading and wrapping it once more cost a copy of each page, about 0.6 s of
 * a cold build at 10,000 documents (CPU profile).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const build = currentBuild()
  if (!build || !context.isPrerendered) return next()
  const { value, dependencies } = await collectDependencies(() => next())
  await build.rendered(
    context.routePattern,
    context.params,
    context.url.pathname,
    dependencies,
    await buildDigests(build),
  )
  return value
})
