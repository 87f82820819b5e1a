// A stand-in for `astro build` in the rebuild tests: lists the published news from CMS_URL
// in SITE_OUT_DIR/index.html and writes a build report to SITE_BUILD_REPORT (when set). Exits 1
// (like the real build) when the CMS cannot be reached.
// With --hold it stops after writing half a page, writes its pid to SITE_OUT_DIR/build.pid and
// waits (at most a minute) to be killed: a build that is busy when its CMS dies.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout } from 'node:timers'

const out = process.env.SITE_OUT_DIR
if (!out) throw new Error('SITE_OUT_DIR is not set')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'index.html'), 'half geschreven')
if (process.argv.includes('--hold')) {
  writeFileSync(path.join(out, 'build.pid'), String(process.pid))
  console.log('Bezig met bouwen…')
  setTimeout(() => process.exit(1), 60_000)
} else {
  console.log(`Inhoud ophalen van ${process.env.CMS_URL}`)
  const response = await fetch(`${process.env.CMS_URL}/api/news?limit=100&depth=0&sort=title`)
  if (!response.ok) {
    console.error(`CMS antwoordde ${response.status}: ${(await response.text()).slice(0, 200)}`)
    process.exit(1)
  }
  const { docs } = await response.json()
  const items = docs.map((doc) => `<li>${doc.title}</li>`).join('')
  writeFileSync(path.join(out, 'index.html'), `<!doctype html><title>Nieuws</title><ul>${items}</ul>`)
  console.log(`${docs.length} berichten geschreven`)
  // The report the real build writes (shared/src/siteBuildReport.ts): one page, always in full.
  const report = process.env.SITE_BUILD_REPORT
  if (report) {
    const pages = { rendered: 1, reused: 0 }
    writeFileSync(report, JSON.stringify({ kind: 'full', fullReason: 'Testbuild', pages, renderedPaths: ['/'] }))
  }
}
