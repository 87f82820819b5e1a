/**
 * The peer reference for the benchmark: the same documents as HTML pages, indexed by Pagefind
 * (Dutch stemming forced, filters for type, theme and region like our facets), written to a folder.
 */
import * as pagefind from 'pagefind'
import type { SearchDocument } from '@mao/shared/search/types'

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function page(doc: SearchDocument): string {
  const filters = [
    `type:${doc.type}`,
    ...doc.themes.map((theme) => `theme:${theme}`),
    ...doc.regions.map((region) => `region:${region}`),
  ]
  const paragraphs = doc.body.split('\n').map((line) => `<p>${escape(line)}</p>`)
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(doc.title)}</title></head><body>
<main data-pagefind-body><h1>${escape(doc.title)}</h1><p>${escape(doc.summary)}</p>${paragraphs.join('')}
${doc.organisation ? `<p>${escape(doc.organisation)}</p>` : ''}
${filters.map((filter) => `<span data-pagefind-filter="${escape(filter)}"></span>`).join('')}</main></body></html>`
}

/** Index the documents with Pagefind into `outputPath`; returns the build time in ms. */
export async function buildPagefind(docs: readonly SearchDocument[], outputPath: string): Promise<number> {
  const started = performance.now()
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (index === undefined) throw new Error(`Pagefind: ${errors.join('; ')}`)
  for (const doc of docs) {
    const added = await index.addHTMLFile({ url: doc.url, content: page(doc) })
    if (added.errors.length > 0) throw new Error(`Pagefind ${doc.url}: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  const ms = performance.now() - started
  await pagefind.close()
  return ms
}
