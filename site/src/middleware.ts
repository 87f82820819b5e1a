import { defineMiddleware } from 'astro:middleware'
import { collectDependencies } from './lib/incremental/dependencies'
import { buildDigests } from './lib/incremental/buildDigests'
import { currentBuild } from './lib/incremental/incrementalBuild'

/**
 * During a static build, records what each page and endpoint reads (see lib/incremental). The body
 * is read inside the recording so that content read while streaming counts too. Does nothing in
 * `astro dev` and the preview server.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const build = currentBuild()
  if (!build || !context.isPrerendered) return next()
  const { value, dependencies } = await collectDependencies(async () => {
    const response = await next()
    return response.body === null ? response : new Response(await response.arrayBuffer(), response)
  })
  await build.rendered(
    context.routePattern,
    context.params,
    context.url.pathname,
    dependencies,
    await buildDigests(build),
  )
  return value
})
