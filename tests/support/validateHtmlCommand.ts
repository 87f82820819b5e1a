import path from 'node:path'
import { builtSiteDir } from './buildSite'
import { formatFinding, validateBuiltPages } from './htmlValidation'

// `pnpm --filter @mao/tests run validate-html [dir]`: html-validate over every page of a built
// site (default: the one the build test leaves in tests/dist/site), the findings per page.
// Exits 1 when there is any. pnpm runs this in tests/, so a relative dir is taken from where
// the command was typed (INIT_CWD).
const argument = process.argv[2]
const dir = argument ? path.resolve(process.env.INIT_CWD ?? process.cwd(), argument) : builtSiteDir
const { pages, findings, exempted } = await validateBuiltPages(dir)
if (pages === 0) {
  console.error(`No HTML pages in ${dir}`)
  process.exit(2)
}
for (const finding of findings) console.log(formatFinding(finding))
const pagesWithFindings = new Set(findings.map((finding) => finding.page)).size
console.log(
  `${findings.length} findings on ${pagesWithFindings} of ${pages} pages in ${dir} (${exempted} in island markup from React and Astro, not counted)`,
)
process.exitCode = findings.length > 0 ? 1 : 0
