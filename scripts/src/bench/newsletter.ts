/**
 * `pnpm bench newsletter [--subscribers 10000] [--rate 5] [--crash-at 0.5] [--no-crash] [--json file]`
 *
 * Sends one edition to N generated confirmed subscribers through the local Resend stub, which
 * enforces Resend's real limits (100 emails per batch call, `rate` requests per second, 429
 * beyond), from a separate sending process. Reports the total time, emails per second against
 * the ceiling (rate × 100), the sender's peak memory, and the stub's view (requests, 429s,
 * duplicates). Then sends a second edition, kills the sender (SIGKILL) once `crash-at` of the
 * emails went out, restarts it, and counts duplicates and missed recipients (target: 0 and 0).
 * Last, the sign-up endpoint's answer time for known against new addresses (medians; they should
 * match: the answer must not tell whether an address is on the list).
 * Everything runs on a throwaway SQLite database; nothing leaves the machine.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { getTestPayload, startRestServer, startSender } from '@mao/cms/testing'
import { startResendStub, type ResendStub } from '@mao/resend-stub'
import { richText } from '@mao/shared/lexical'

/** 10,000 rows through Payload's create would take minutes; insert straight into SQLite in chunks. */
async function createSubscribers(payload: Payload, count: number): Promise<void> {
  const db = payload.db as unknown as {
    drizzle?: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
    tables?: Record<string, unknown>
  }
  const now = new Date().toISOString()
  const rows = Array.from({ length: count }, (_, index) => ({
    email: `lezer${String(index + 1).padStart(5, '0')}@bench.example`,
    status: 'confirmed',
    unsubscribeToken: randomBytes(32).toString('base64url'),
    createdAt: now,
    updatedAt: now,
  }))
  if (db.drizzle && db.tables?.subscribers) {
    for (let start = 0; start < rows.length; start += 500)
      await db.drizzle.insert(db.tables.subscribers).values(rows.slice(start, start + 500))
    return
  }
  for (const row of rows)
    await payload.create({
      collection: 'subscribers',
      data: { email: row.email, status: 'confirmed' },
      overrideAccess: true,
    })
}

async function approvedEdition(
  payload: Payload,
  title: string,
  newsId: number,
): Promise<{ id: number; edition: number }> {
  const doc = await payload.create({
    collection: 'newsletters',
    data: { title, status: 'draft', items: [{ item: { relationTo: 'news', value: newsId } }] },
    overrideAccess: true,
  })
  await payload.update({ collection: 'newsletters', id: doc.id, data: { status: 'approved' }, overrideAccess: true })
  return { id: doc.id, edition: doc.edition ?? 0 }
}

/** Per recipient, how many copies of this subject the stub delivered. */
function deliveryCounts(stub: ResendStub, subject: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const email of stub.emails)
    if (email.subject === subject) for (const to of email.to) counts.set(to, (counts.get(to) ?? 0) + 1)
  return counts
}

function stubFigures(stub: ResendStub, subject: string, fromSeq: number) {
  const requests = stub.requests.filter((request) => request.seq > fromSeq && request.path === '/emails/batch')
  const accepted = requests.filter((request) => request.status === 200)
  const first = requests[0]?.at ?? 0
  const last = accepted.at(-1)?.at ?? first
  const counts = deliveryCounts(stub, subject)
  const arrivals = requests.map((request) => request.at)
  return {
    /** The most requests that arrived within any one second: the sender paces to the rate, never above. */
    maxRequestsInOneSecond: Math.max(
      0,
      ...arrivals.map((at, index) => arrivals.slice(index).filter((later) => later - at < 1000).length),
    ),
    batchRequests: requests.length,
    rateLimited429: requests.filter((request) => request.status === 429).length,
    replayed: requests.filter((request) => request.replayed).length,
    maxEmailsPerRequest: Math.max(
      0,
      ...requests.map((request) => (Array.isArray(request.body) ? request.body.length : 0)),
    ),
    firstToLastRequestMs: last - first,
    recipients: counts.size,
    duplicates: [...counts.values()].filter((copies) => copies > 1).length,
  }
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export async function benchNewsletter(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      subscribers: { type: 'string', default: '10000' },
      rate: { type: 'string', default: '5' },
      'crash-at': { type: 'string', default: '0.5' },
      'no-crash': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  })
  const subscribers = Number(values.subscribers)
  const rate = Number(values.rate)
  const crashAt = Number(values['crash-at'])
  if (!Number.isInteger(subscribers) || subscribers < 1 || !(rate > 0) || !(crashAt > 0 && crashAt < 1)) {
    throw new Error(
      '--subscribers needs a positive whole number, --rate a positive number, --crash-at a fraction between 0 and 1',
    )
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'mao-bench-newsletter-'))
  const stub = await startResendStub({ rateLimitPerSecond: rate, storeBodies: false })
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    DATABASE_PUSH: 'true',
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'benchmark-only-secret',
    RESEND_API_KEY: 're_benchmark',
    RESEND_BASE_URL: stub.url,
    RESEND_RATE_PER_SECOND: String(rate),
    NEWSLETTER_AUTORUN: 'false',
    NEWSLETTER_LEASE_SECONDS: '2',
    // The lease lasts at least two request timeouts: 4 s, so the crash run's restart waits little.
    NEWSLETTER_REQUEST_TIMEOUT_MS: '2000',
    NEWSLETTER_RATE_LIMIT_PER_IP: '1000000',
    REBUILD_ENABLED: 'false',
    SITE_URL: 'https://aanpakmetandereogen.nl',
    CMS_PUBLIC_URL: 'https://cms.aanpakmetandereogen.nl',
  })
  const log = (message: string) => console.log(`[bench newsletter] ${message}`)
  try {
    const payload = await getTestPayload()
    let started = performance.now()
    await createSubscribers(payload, subscribers)
    log(`${subscribers} confirmed subscribers created in ${round((performance.now() - started) / 1000)} s`)
    const news = await payload.create({
      collection: 'news',
      data: {
        title: 'Gemeenten, scholen en jeugdhulp tekenen samen',
        summary: 'Een bericht voor de benchmark.',
        body: richText([{ p: 'Tekst' }]),
        _status: 'published',
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'build-logs',
      data: {
        status: 'succeeded',
        trigger: 'benchmark',
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
      },
      overrideAccess: true,
    })
    const ceiling = rate * 100

    // Run 1: a clean send.
    const clean = await approvedEdition(payload, 'Benchmark-editie', news.id)
    const cleanFrom = stub.requests.at(-1)?.seq ?? 0
    started = performance.now()
    const sender = startSender(['start', String(clean.id)])
    const code = await sender.exited
    const totalMs = performance.now() - started
    if (code !== 0) throw new Error(`sender exited with ${code}:\n${sender.output()}`)
    const done = sender.lines().find((line) => line.event === 'done')
    const start = sender.lines().find((line) => line.event === 'started')
    const cleanStub = stubFigures(stub, 'Benchmark-editie', cleanFrom)
    const sendMs = done?.ms ?? totalMs
    const result: Record<string, unknown> = {
      subscribers,
      ratePerSecond: rate,
      ceilingEmailsPerSecond: ceiling,
      clean: {
        processMs: Math.round(totalMs),
        sendMs: Math.round(sendMs),
        startMs: Math.round(start?.ms ?? 0),
        emailsPerSecond: round(subscribers / (sendMs / 1000)),
        ofCeiling: round((subscribers / (sendMs / 1000) / ceiling) * 100),
        sendingPhaseEmailsPerSecond: round(
          subscribers / (Math.max(1, cleanStub.firstToLastRequestMs) / 1000 + 1 / rate),
        ),
        senderPeakRssMb: done?.maxRssMb,
        ...cleanStub,
        missed: subscribers - cleanStub.recipients,
      },
    }
    log(`clean run: ${JSON.stringify(result.clean)}`)

    // Run 2: kill the sender at `crashAt` of the emails, restart, count.
    if (!values['no-crash']) {
      const crash = await approvedEdition(payload, 'Crash-editie', news.id)
      const crashFrom = stub.requests.at(-1)?.seq ?? 0
      started = performance.now()
      const first = startSender(['start', String(crash.id)])
      const threshold = Math.ceil(subscribers * crashAt)
      await stub.waitFor(
        () => stub.emails.filter((email) => email.subject === 'Crash-editie').length >= threshold,
        10 * 60_000,
      )
      first.kill()
      await first.exited
      const atKill = deliveryCounts(stub, 'Crash-editie').size
      const restarted = startSender(['resume'])
      const restartCode = await restarted.exited
      if (restartCode !== 0) throw new Error(`restarted sender exited with ${restartCode}:\n${restarted.output()}`)
      const crashStub = stubFigures(stub, 'Crash-editie', crashFrom)
      const { docs } = await payload.find({
        collection: 'newsletters',
        where: { id: { equals: crash.id } },
        depth: 0,
        overrideAccess: true,
      })
      result.crash = {
        killedAfterEmails: atKill,
        totalMs: Math.round(performance.now() - started),
        restartSenderMs: Math.round(restarted.lines().find((line) => line.event === 'done')?.ms ?? 0),
        status: docs[0]?.status,
        ...crashStub,
        missed: subscribers - crashStub.recipients,
      }
      log(`crash at ${crashAt * 100}% and restart: ${JSON.stringify(result.crash)}`)
    }
    result.signup = await signupTimes(stub, Math.min(subscribers, 100))
    log(`sign-up answer: ${JSON.stringify(result.signup)}`)
    printSummary(result)
    if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`)
  } finally {
    await stub.close()
    await rm(dir, { recursive: true, force: true })
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * Median answer time of POST /api/subscribers/subscribe for `count` known (confirmed) and
 * `count` new addresses, interleaved, each address once (the per-address limit stays out of it).
 */
async function signupTimes(stub: ResendStub, count: number) {
  const api = await startRestServer()
  const times = { known: [] as number[], new: [] as number[] }
  try {
    for (let index = 1; index <= count; index += 1) {
      // Alternating which goes first, so neither kind always follows the other.
      const order = index % 2 === 0 ? (['known', 'new'] as const) : (['new', 'known'] as const)
      for (const kind of order) {
        const email =
          kind === 'known'
            ? `lezer${String(index).padStart(5, '0')}@bench.example`
            : `nieuw${String(index).padStart(5, '0')}@bench.example`
        const mails = stub.emails.length
        const started = performance.now()
        const response = await fetch(`${api.url}/api/subscribers/subscribe`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        })
        await response.arrayBuffer()
        times[kind].push(performance.now() - started)
        // Measure each answer on a quiet server: let the queued sign-up finish first (a new
        // address gets its confirmation mail; a known one only a lookup, 100 ms after its answer).
        if (kind === 'new') await stub.waitFor(() => stub.emails.length > mails, 30_000)
        else await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  } finally {
    await api.close()
  }
  return { addresses: count, knownMedianMs: round(median(times.known), 2), newMedianMs: round(median(times.new), 2) }
}

/** For the `pnpm bench` registry, which calls `run(args)`. */
export const run = benchNewsletter

/** The headline figures (the README's Benchmarks section), as a small table. */
function printSummary(result: {
  clean?: Record<string, unknown>
  crash?: Record<string, unknown>
  signup?: Record<string, unknown>
}): void {
  const { clean, crash, signup } = result
  const rows: [string, unknown][] = [
    ['clean run: total time (ms)', clean?.processMs],
    ['clean run: emails per second', clean?.emailsPerSecond],
    ['clean run: share of the 500/s ceiling (%)', clean?.ofCeiling],
    ['clean run: sender peak memory (MB)', clean?.senderPeakRssMb],
    ['clean run: batch requests / 429 answers', `${clean?.batchRequests} / ${clean?.rateLimited429}`],
    ['clean run: duplicates / missed', `${clean?.duplicates} / ${clean?.missed}`],
    ['crash at 50%: emails before the kill', crash?.killedAfterEmails],
    ['crash at 50%: total time incl. restart (ms)', crash?.totalMs],
    ['crash at 50%: duplicates / missed', `${crash?.duplicates} / ${crash?.missed}`],
    ['sign-up answer, median (ms): known / new address', `${signup?.knownMedianMs} / ${signup?.newMedianMs}`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${String(value ?? '-')}`)
}
