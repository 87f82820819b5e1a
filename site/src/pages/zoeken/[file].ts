import type { APIRoute, GetStaticPaths } from 'astro'
import { searchFiles } from '../../lib/search/searchFiles'
import { withCacheKeys } from '../../lib/incremental/withCacheKeys'

/** Emits the search manifest, postings shards, result chunks and suggestion words as static JSON files with hashed names. */
export const getStaticPaths = withCacheKeys(async () => {
  const { all } = await searchFiles()
  return all.map((file) => ({ params: { file: file.name }, props: { body: file.body } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
