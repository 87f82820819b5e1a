import { readFileSync } from 'node:fs'
import path from 'node:path'
import { HtmlValidate, type Message, StaticConfigLoader } from 'html-validate'
import { listFiles } from './distFiles'

/**
 * html-validate's recommended preset, unchanged. The static loader ignores any .htmlvalidate.json
 * on disk, so every build folder is held to the same rules.
 */
const validator = new HtmlValidate(new StaticConfigLoader({ root: true, extends: ['html-validate:recommended'] }))

/**
 * Rules about how valid HTML is spelled, which React's server renderer decides for the islands'
 * markup and we cannot: it writes `<input/>`, `required=""` and React's camelCase attribute names
 * (`maxLength`, `autoComplete`), all valid HTML that parses to the same DOM. Only findings inside an
 * <astro-island> are let through; the rules still hold for all markup Astro renders.
 */
const islandSerialisationRules = new Set(['attr-case', 'attribute-boolean-style', 'void-style'])

/**
 * Astro writes this <style> in front of the first island of a page, wherever that island is
 * (`getPrescripts` in astro/runtime/server/scripts.js), so it lands in a <div> or <section>.
 * Browsers apply it there; nothing in our markup decides where it goes.
 */
const astroIslandStyle = /^<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/

export interface HtmlFinding {
  /** The page's file, relative to the build folder ("nieuws/x/index.html"). */
  page: string
  rule: string
  message: string
  line: number
  column: number
}

export interface HtmlValidation {
  pages: number
  findings: HtmlFinding[]
  /** Findings in markup that React's or Astro's island rendering wrote (see above), not counted. */
  exempted: number
}

/** Every finding (error or warning) of every HTML file under `dir`, in file order. */
export async function validateBuiltPages(dir: string): Promise<HtmlValidation> {
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'))
  const findings: HtmlFinding[] = []
  let exempted = 0
  for (const page of pages) {
    const html = readFileSync(path.join(dir, page), 'utf8')
    const islands = islandRanges(html)
    const report = await validator.validateString(html, page)
    for (const message of report.results.flatMap((result) => result.messages)) {
      if (isIslandRendering(message, html, islands)) exempted++
      else
        findings.push({
          page,
          rule: message.ruleId,
          message: message.message,
          line: message.line,
          column: message.column,
        })
    }
  }
  return { pages: pages.length, findings, exempted }
}

/** One line per finding, for test failures and the command line. */
export const formatFinding = (finding: HtmlFinding): string =>
  `${finding.page}:${finding.line}:${finding.column} ${finding.rule}: ${finding.message}`

function isIslandRendering(message: Message, html: string, islands: [number, number][]): boolean {
  if (islandSerialisationRules.has(message.ruleId))
    return islands.some(([start, end]) => message.offset > start && message.offset < end)
  // The finding points at the tag name, one character after "<".
  const tag = html.lastIndexOf('<', message.offset)
  return message.ruleId === 'element-permitted-content' && astroIslandStyle.test(html.slice(tag))
}

/** Start and end offsets of each outermost <astro-island> element. */
function islandRanges(html: string): [number, number][] {
  const ranges: [number, number][] = []
  let depth = 0
  let start = 0
  for (const tag of html.matchAll(/<(\/?)astro-island\b/g)) {
    if (!tag[1]) {
      if (depth++ === 0) start = tag.index
    } else if (depth > 0 && --depth === 0) ranges.push([start, tag.index])
  }
  return ranges
}
