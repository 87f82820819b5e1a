import type { APIRoute, GetStaticPaths } from 'astro'
import { searchFilesToServe } from '../../lib/search/searchFiles'
import { withCacheKeys } from '../../lib/incremental/withCacheKeys'

/**
 * The search files (manifest, postings shards, result chunks, suggestion words) as JSON with
 * hashed names, in `astro dev`. A static build lists none here: this starts its worker, which
 * writes them into the release while the pages render (lib/search/searchFiles.ts).
 */
export const getStaticPaths = withCacheKeys(async () => {
  const files = await searchFilesToServe()
  return files.map((file) => ({ params: { file: file.name }, props: { body: file.body } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
