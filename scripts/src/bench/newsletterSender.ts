/**
 * The sending process of `pnpm bench newsletter`, run as its own Node process so the benchmark
 * can kill it: `start <id>` sends an approved edition, `resume` goes on with whatever is left in
 * `sending` (what a restarted CMS does). Prints one JSON line: time spent and peak memory.
 */
import { getPayload } from 'payload'
import config from '@mao/cms/config'
import { resumeSends } from '@mao/cms/src/newsletter/send/resumeSends'
import { startSend } from '@mao/cms/src/newsletter/send/startSend'

const [mode, id] = process.argv.slice(2)
const payload = await getPayload({ config })
const startedAt = performance.now()
if (mode === 'start' && id) {
  const started = await startSend(payload, id, 'benchmark')
  process.stdout.write(
    `${JSON.stringify({ event: 'started', total: started.total, batches: started.batches, ms: performance.now() - startedAt })}\n`,
  )
  await started.run
}
const stillSending = async () =>
  (await payload.count({ collection: 'newsletters', where: { status: { equals: 'sending' } }, overrideAccess: true }))
    .totalDocs
while ((await stillSending()) > 0) {
  await resumeSends(payload)
  if ((await stillSending()) > 0) await new Promise((resolve) => setTimeout(resolve, 200))
}
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
process.stdout.write(`${JSON.stringify({ event: 'done', ms: performance.now() - startedAt, maxRssMb })}\n`)
process.exit(0)
