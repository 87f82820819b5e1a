/**
 * A warm `astro build`: the CMS keeps this process and sends it one build at a time over IPC
 * (`{ type: 'build', env }`), each with that build's environment; it answers
 * `{ type: 'built', ok, rssMb }`. Starting Node and Astro took about 1.6 s of every publish, and
 * a warm process also builds with compiled code: a seeded build took 1.5–1.9 s instead of 4.3 s,
 * with the same output byte for byte. Started by the CMS (cms/src/rebuild/warmSiteBuild.ts); run
 * by plain Node (its types are stripped), from site/.
 */
import { build } from 'astro'

/** Without a build for this long the process ends, and gives its memory back. */
const QUIET_MS = 15 * 60_000

type Request = { type: 'build'; env: Record<string, string> }

const send = (message: { type: 'built'; ok: boolean; rssMb: number }) => process.send?.(message)

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6)
let quiet = setTimeout(() => process.exit(0), QUIET_MS)
process.on('disconnect', () => process.exit(0))
process.on('message', (message: Request) => {
  if (message?.type !== 'build') return
  clearTimeout(quiet)
  // Exactly this build's environment, as a process started for it would have.
  for (const name of Object.keys(process.env)) delete process.env[name]
  Object.assign(process.env, message.env)
  build({ root: process.cwd() })
    .then(
      () => send({ type: 'built', ok: true, rssMb: rssMb() }),
      (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
        send({ type: 'built', ok: false, rssMb: rssMb() })
      },
    )
    .finally(() => (quiet = setTimeout(() => process.exit(0), QUIET_MS)))
})
