/**
 * A separate sending process, so crash tests and `pnpm bench newsletter` can kill it: boots
 * Payload on the database of DATABASE_URL and either starts sending an approved edition
 * (`start <id>`) or, like a restarted server, resumes whatever is left in `sending` (`resume`),
 * until nothing is left. Prints JSON lines: `started` (recipients, batches) and `done` (time,
 * peak memory). Started by `startSender`.
 */
import { resumeSends } from '../newsletter/send/resumeSends'
import { startSend } from '../newsletter/send/startSend'
import { getTestPayload } from './testPayload'

const [mode, id] = process.argv.slice(2)
const payload = await getTestPayload()
const startedAt = performance.now()
if (mode === 'start' && id) {
  const started = await startSend(payload, id, 'afzendproces')
  process.stdout.write(
    `${JSON.stringify({ event: 'started', total: started.total, batches: started.batches, ms: performance.now() - startedAt })}\n`,
  )
  await started.run
}
const stillSending = async () =>
  (await payload.count({ collection: 'newsletters', where: { status: { equals: 'sending' } }, overrideAccess: true }))
    .totalDocs
while ((await stillSending()) > 0) {
  const outcomes = Object.values(await resumeSends(payload))
  // Editions waiting for an editor's decision on an uncertain batch stay in `sending`: done here.
  if (outcomes.length > 0 && outcomes.every((outcome) => outcome === 'waiting')) break
  if ((await stillSending()) > 0) await new Promise((resolve) => setTimeout(resolve, 200))
}
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
process.stdout.write(`${JSON.stringify({ event: 'done', ms: performance.now() - startedAt, maxRssMb })}\n`)
process.exit(0)
