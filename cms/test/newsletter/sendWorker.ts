/**
 * A separate sending process for the crash test and the benchmark: boots Payload on the same
 * database (DATABASE_URL) and either starts sending an edition (`start <id>`) or, like a
 * restarted server, resumes whatever is left in `sending` (`resume`), until nothing is left.
 * Reports `{ done, maxRssMb }` on stdout as JSON. Run: node --import tsx sendWorker.ts …
 */
import { getPayload } from 'payload'
import config from '../../src/payload.config'
import { resumeSends } from '../../src/newsletter/send/resumeSends'
import { startSend } from '../../src/newsletter/send/startSend'

const [mode, id] = process.argv.slice(2)
const payload = await getPayload({ config })
if (mode === 'start' && id) await (await startSend(payload, id, 'sendWorker')).run
const stillSending = async () =>
  (await payload.count({ collection: 'newsletters', where: { status: { equals: 'sending' } }, overrideAccess: true }))
    .totalDocs
while ((await stillSending()) > 0) {
  await resumeSends(payload)
  if ((await stillSending()) > 0) await new Promise((resolve) => setTimeout(resolve, 200))
}
process.stdout.write(`${JSON.stringify({ done: true, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`)
process.exit(0)
