import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.push(path.relative(dir, full).split(path.sep).join('/'))
    }
  }
  walk(dir)
  return files.sort()
}

/** Astro's style-scoping attributes, which tests should not depend on. */
export const withoutScopeAttributes = (html: string): string =>
  html.replace(/ data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')

/** The HTML of a page by its site path ("/nieuws/x" → nieuws/x/index.html), without scoping attributes. */
export function pageHtml(dist: string, sitePath: string): string {
  const relative = sitePath.replace(/^\/+|\/+$/g, '')
  return withoutScopeAttributes(readFileSync(path.join(dist, relative, 'index.html'), 'utf8'))
}

/** Markup with every quoted attribute value emptied: what is left are real elements and text. */
export const markupOnly = (html: string): string => html.replace(/="[^"]*"/g, '=""')

export const textFiles = (dist: string): { file: string; content: string }[] =>
  listFiles(dist)
    .filter((file) => /\.(html|xml|txt|json)$/.test(file))
    .map((file) => ({ file, content: readFileSync(path.join(dist, file), 'utf8') }))
