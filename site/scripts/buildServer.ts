/**
 * A warm `astro build`: the CMS keeps this process and sends it one build at a time over IPC
 * (`{ type: 'build', env }`), each with that build's environment; it answers
 * `{ type: 'built', ok, rssMb }`. Starting Node and Astro took about 1.6 s of every publish, and
 * a warm process also builds with compiled code: a seeded build took 1.5–1.9 s instead of 4.3 s,
 * with the same output byte for byte. Started by the CMS (cms/src/rebuild/warmSiteBuild.ts); run
 * by plain Node (its types are stripped).
 */
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { build } from 'astro'

const siteDir = path.resolve(import.meta.dirname, '..')

/**
 * The process builds from a working folder of its own, which no release folder is inside. Astro
 * then writes the page bundle to the same place every build (`.astro/` in the working folder), and
 * Node, which never lets go of a module, runs every build with the modules of the first one (the
 * site keeps its per-build state with the build: src/lib/incremental/perBuild.ts). Only the
 * bundle's entry is new every build: its name has the hash of Astro's manifest inside it, which
 * holds the build's random key and output folder. With the releases in site/, each build had its
 * own copy of the whole bundle, and every copy stayed in memory.
 * Inside site/, so the bundle finds site/node_modules; one folder per process, so two build
 * processes (two CMSs on one checkout) never write into each other's bundle.
 */
const workDir = path.join(siteDir, 'node_modules', `.mao-warm-build-${process.pid}`)
mkdirSync(workDir, { recursive: true })
process.chdir(workDir)
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }))

/** Without a build for this long the process ends, and gives its memory back. */
const QUIET_MS = 15 * 60_000

type Request = { type: 'build'; env: Record<string, string> }

const send = (message: { type: 'built'; ok: boolean; rssMb: number }, sent: () => void) =>
  process.send ? process.send(message, () => sent()) : sent()

/**
 * The memory the process holds once the build's garbage is collected (with `--expose-gc`, as the
 * CMS starts it). Left to itself V8 kept about 200 MB more after every build at 10,000 documents
 * (1,265 → 1,844 MB over four builds). Collected, the heap still grows by about 28 MB a build
 * (228 → 389 MB over seven builds): each build's bundle entry stays loaded, and with it that
 * build's page list (kept by the bundler's file-name callbacks). The content that Astro's route
 * cache kept with it is let go (src/lib/incremental/trackedContent.ts): about half of the growth
 * before (heap snapshots two builds apart: 110 MB before, 58 MB after).
 */
function rssMb(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return Math.round(process.memoryUsage().rss / 1e6)
}

/**
 * Astro logs every page it reuses: at 10,000 documents that was 13,000 lines and about 0.5 s of
 * each publish spent writing them to the CMS, which keeps the last 100. Those lines are dropped
 * here; everything else (pages rendered, warnings, errors, the summary) passes. A write may end
 * mid-line; the rest of the line comes with the next one. Colours are ignored: the CMS asks for
 * none, but a process started with CI or FORCE_COLOR set gets them.
 */
const REUSED_PAGE = /^[\d:]*\s*[├└]─ .*\((restored|cached)\)\s*$/
let partialLine = ''
const writeOut = process.stdout.write.bind(process.stdout) as (
  text: string,
  done?: (error?: Error | null) => void,
) => boolean
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const done = rest.find((arg) => typeof arg === 'function') as ((error?: Error | null) => void) | undefined
  const text = partialLine + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())
  const end = text.lastIndexOf('\n') + 1
  partialLine = text.slice(end)
  const kept = text
    .slice(0, end)
    .split(/(?<=\n)/)
    .filter((line) => !REUSED_PAGE.test(stripVTControlCharacters(line)))
    .join('')
  if (kept) return writeOut(kept, done)
  if (done) queueMicrotask(() => done())
  return true
}) as typeof process.stdout.write

/**
 * Work a build leaves for after its answer (src/lib/incremental/afterBuild.ts: writing the caches
 * for the next build), done before the next build starts.
 */
const later: Array<() => void> = []
Object.assign(globalThis, { [Symbol.for('mao.afterBuild')]: later })
const runLater = () => {
  for (const work of later.splice(0)) work()
}

let quiet = setTimeout(() => process.exit(0), QUIET_MS)
let previous: Promise<void> = Promise.resolve()
// Let go by the CMS (it closed the channel): the build in hand and the work after it first.
process.on('disconnect', () => void previous.then(() => process.exit(0)))
process.on('message', (message: Request) => {
  if (message?.type !== 'build') return
  clearTimeout(quiet)
  previous = previous.then(() => buildOnce(message.env))
})

async function buildOnce(env: Record<string, string>): Promise<void> {
  // Exactly this build's environment, as a process started for it would have.
  for (const name of Object.keys(process.env)) delete process.env[name]
  Object.assign(process.env, env)
  let ok = true
  try {
    await build({ root: siteDir })
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    ok = false
  }
  // The build's last lines first: a write to a full pipe waits in a queue, and the answer, on its
  // own channel, would reach the CMS before them (they went to the next build's log).
  await Promise.all([
    new Promise((flushed) => writeOut('', flushed)),
    new Promise((flushed) => process.stderr.write('', flushed)),
  ])
  await new Promise<void>((answered) => send({ type: 'built', ok, rssMb: rssMb() }, answered))
  runLater()
  quiet = setTimeout(() => process.exit(0), QUIET_MS)
}
