/**
 * `pnpm --filter @mao/site run check-links`: the link check over a built site, from the command
 * line (`node scripts/check-links-cli.ts dist [--site=URL] [--ignore=/path]`); exits 1 on broken links.
 * Apart from check-links.ts, so that importing the check (the CMS does) pulls in no file-system
 * paths from the command line.
 */
import path from 'node:path'
import { checkLinks } from './check-links.ts'

const args = process.argv.slice(2)
const distDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist')
const siteUrl =
  args.find((arg) => arg.startsWith('--site='))?.slice('--site='.length) ??
  process.env.SITE_URL ??
  'http://localhost:4321'
const ignorePaths = args.filter((arg) => arg.startsWith('--ignore=')).map((arg) => arg.slice('--ignore='.length))
const report = checkLinks(distDir, { siteUrl, ignorePaths })
for (const link of report.redirected)
  console.warn(`→ ${link.page}: ${link.attribute}="${link.url}" points at a redirect to ${link.to}`)
for (const link of report.broken) console.error(`✗ ${link.page}: ${link.attribute}="${link.url}" (${link.reason})`)
console.log(
  `${report.pages} pages, ${report.links} links checked, ${report.broken.length} broken, ${report.redirected.length} via a redirect`,
)
process.exitCode = report.broken.length > 0 ? 1 : 0
