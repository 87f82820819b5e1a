import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * `build.concurrency` of site/astro.config.ts. The reference builds with the same setting, so
 * the ratio measures what our pages and data cost, not a configuration switch (Astro's default
 * of 1 page at a time made the bare build about 1.5× slower here).
 */
export const SITE_BUILD_CONCURRENCY = 4

/**
 * Writes the reference project: a bare Astro site whose one dynamic route renders `pages`
 * minimal HTML pages, with no integrations, CSS, content layer or data fetching. It lives
 * inside site/ so it resolves the very same `astro` package from site/node_modules.
 */
export function writeBareProject(root: string, pages: number, concurrency = SITE_BUILD_CONCURRENCY): void {
  mkdirSync(path.join(root, 'src/pages'), { recursive: true })
  writeFileSync(
    path.join(root, 'package.json'),
    `${JSON.stringify({ name: 'mao-bench-bare', private: true, type: 'module' }, null, 2)}\n`,
  )
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `export default { output: 'static', build: { format: 'directory', concurrency: ${concurrency} }, devToolbar: { enabled: false } }\n`,
  )
  writeFileSync(
    path.join(root, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { n: String(index + 1) } }))
}
const { n } = Astro.params
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>Pagina {n}</title></head>
  <body><main><h1>Pagina {n}</h1><p>Een minimale pagina voor de referentiebuild.</p></main></body>
</html>
`,
  )
}
