import type { APIRoute, GetStaticPaths } from 'astro'
import { searchFiles } from '../../lib/search/searchFiles'

/** Emits the search index and the document store as static JSON files with hashed names. */
export const getStaticPaths = (async () => {
  const { index, store } = await searchFiles()
  return [index, store].map((file) => ({ params: { file: file.name }, props: { body: file.body } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
