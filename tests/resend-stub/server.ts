/**
 * A local stand-in for the Resend API (https://api.resend.com), for tests and the benchmark:
 * point the SDK at it with RESEND_BASE_URL. It accepts POST /emails and POST /emails/batch like
 * Resend does (API key, validation, at most 100 emails per batch, Idempotency-Key replay and
 * conflicts, an optional requests-per-second limit answered with 429 and retry-after), records
 * every request and every delivered email, and can be told per rule to answer 429 or 500, to
 * answer slowly, or to drop the connection before or after accepting the emails, by request
 * count or for a span of time. Batches honour `x-batch-validation: permissive` (valid emails are
 * sent, refused ones listed in `errors` by index); `refuseRecipients` makes addresses invalid.
 *
 * Control it in-process (`startResendStub()`) or over HTTP under /__stub/ (see `cli.ts`).
 * Only node: built-ins, so Node 24 can run it directly.
 */
import { createHash, randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type StubAction =
  /** Answer with this status (and a Resend-style error body) without processing the request. */
  | { type: 'status'; status: number; retryAfter?: number; name?: string }
  /** Process the request normally but answer only after `ms`. */
  | { type: 'delay'; ms: number }
  /** Close the connection without an answer and without processing the request. */
  | { type: 'drop' }
  /** Process the request (emails are delivered), then close the connection: a lost response. */
  | { type: 'dropAfterAccept' }

export type StubRule = {
  /** Request path it applies to, e.g. '/emails/batch' (default: every email endpoint). */
  path?: string
  /** Skip this many requests to the path first (counted from when the rules were set; default 0). */
  after?: number
  /** Apply to this many matching requests, then stop (default: all). */
  times?: number
  /** Apply only from this many ms after the rules were set (default 0)… */
  fromMs?: number
  /** …until this many ms after the rules were set (default: no end). A span of trouble in time. */
  untilMs?: number
  action: StubAction
}

export type RecordedRequest = {
  seq: number
  at: number
  method: string
  path: string
  headers: Record<string, string>
  idempotencyKey?: string
  body: unknown
  status: number | 'dropped'
  /** Answered from the idempotency store: nothing was delivered again. */
  replayed: boolean
  rule?: StubAction['type']
}

export type DeliveredEmail = {
  id: string
  at: number
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  headers: Record<string, string>
  tags: { name: string; value: string }[]
  replyTo?: string[]
  /** As sent to the API: `content` is base64. */
  attachments: DeliveredAttachment[]
  idempotencyKey?: string
}

export type DeliveredAttachment = { filename?: string; contentType?: string; content?: string }

export type StubOptions = {
  port?: number
  /** Resend's per-team limit: at most this many requests in any one second, else 429 (default: no limit). */
  rateLimitPerSecond?: number
  /** Keep html/text of delivered emails (default true; the benchmark turns it off to save memory). */
  storeBodies?: boolean
  rules?: StubRule[]
  /** Addresses refused as invalid, as Resend refuses some addresses (lower case). */
  refuseRecipients?: string[]
}

type IdempotencyEntry = { fingerprint: string; state: 'processing' | 'done'; status?: number; body?: unknown }

const EMAIL_PATHS = new Set(['/emails', '/emails/batch'])
const MAX_BATCH = 100

const errorBody = (statusCode: number, name: string, message: string) => ({ statusCode, name, message })

// No TypeScript parameter properties in this file: Node's type stripping cannot run them.
class HttpAnswer {
  readonly status: number
  readonly body: unknown
  readonly headers: Record<string, string>
  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status
    this.body = body
    this.headers = headers
  }
}

export class ResendStub extends EventEmitter {
  readonly requests: RecordedRequest[] = []
  readonly emails: DeliveredEmail[] = []
  private rules: { rule: StubRule; seen: number; applied: number }[] = []
  private rulesSetAt = Date.now()
  private readonly idempotency = new Map<string, IdempotencyEntry>()
  private recent: number[] = []
  private seq = 0
  url = ''
  private readonly server: Server
  private options: StubOptions

  constructor(server: Server, options: StubOptions) {
    super()
    this.server = server
    this.options = options
    this.setRules(options.rules ?? [])
  }

  setRules(rules: StubRule[]): void {
    this.rules = rules.map((rule) => ({ rule, seen: 0, applied: 0 }))
    this.rulesSetAt = Date.now()
  }

  /** Refuse these addresses from now on (validation error; per email in permissive batches). */
  refuseRecipients(addresses: string[]): void {
    this.options = { ...this.options, refuseRecipients: addresses.map((address) => address.toLowerCase()) }
  }

  setRateLimit(perSecond: number | undefined): void {
    this.options = { ...this.options, rateLimitPerSecond: perSecond }
  }

  /** Forget requests, emails, rules and idempotency keys. */
  reset(): void {
    this.requests.length = 0
    this.emails.length = 0
    this.idempotency.clear()
    this.recent = []
    this.setRules([])
    this.refuseRecipients([])
  }

  /** Delivered emails per recipient address. */
  deliveriesByRecipient(): Map<string, DeliveredEmail[]> {
    const byRecipient = new Map<string, DeliveredEmail[]>()
    for (const email of this.emails)
      for (const to of email.to) byRecipient.set(to, [...(byRecipient.get(to) ?? []), email])
    return byRecipient
  }

  /**
   * Resolves once `predicate` holds, checked as soon as a request is processed (before a delayed
   * answer goes out) and after every answer; rejects after `timeoutMs`.
   */
  waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (predicate()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate()) return
        cleanup()
        resolve()
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(
          new Error(
            `Resend stub: condition not met within ${timeoutMs} ms (${this.requests.length} requests, ${this.emails.length} emails)`,
          ),
        )
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        this.off('change', check)
      }
      this.on('change', check)
    })
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const arrivedAt = Date.now() // when the request started to arrive, before its body was read
    const path = new URL(request.url ?? '/', 'http://stub').pathname
    const raw = await readBody(request)
    if (path.startsWith('/__stub/')) return this.control(request.method ?? 'GET', path, raw, response)
    const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]))
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      body = raw
    }
    const record: RecordedRequest = {
      seq: ++this.seq,
      at: arrivedAt,
      method: request.method ?? 'GET',
      path,
      headers,
      idempotencyKey: headers['idempotency-key'],
      body,
      status: 0,
      replayed: false,
    }
    this.requests.push(record)
    const rule = EMAIL_PATHS.has(path) ? this.matchRule(path) : undefined
    record.rule = rule?.type
    try {
      if (rule?.type === 'drop') {
        record.status = 'dropped'
        request.socket.destroy()
        return
      }
      if (rule?.type === 'status') {
        const name =
          rule.name ??
          (rule.status === 429
            ? 'rate_limit_exceeded'
            : rule.status >= 500
              ? 'internal_server_error'
              : 'validation_error')
        const extra: Record<string, string> =
          rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : {}
        return this.answer(
          record,
          response,
          new HttpAnswer(rule.status, errorBody(rule.status, name, `Stub rule: ${rule.status}`), extra),
        )
      }
      const answer = this.process(record, raw)
      this.emit('change')
      if (rule?.type === 'dropAfterAccept') {
        record.status = 'dropped'
        request.socket.destroy()
        return
      }
      if (rule?.type === 'delay') {
        // Stop waiting when the client gives up (a timeout on its side), so the record says so at once.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, rule.ms)
          response.once('close', () => {
            clearTimeout(timer)
            resolve()
          })
        })
      }
      if (request.socket.destroyed || response.destroyed) {
        record.status = 'dropped'
        return
      }
      return this.answer(record, response, answer)
    } finally {
      this.emit('request', record)
      this.emit('change')
    }
  }

  /**
   * Every rule counts every request to its path; the first rule whose window (`after`, `times`,
   * `fromMs`, `untilMs`) covers this request applies. So `{ after: 1, times: 1 }` means "the
   * second request", however many other rules there are.
   */
  private matchRule(path: string): StubAction | undefined {
    let chosen: StubAction | undefined
    const elapsed = Date.now() - this.rulesSetAt
    for (const entry of this.rules) {
      if (entry.rule.path && entry.rule.path !== path) continue
      entry.seen += 1
      const inWindow =
        entry.seen > (entry.rule.after ?? 0) &&
        entry.applied < (entry.rule.times ?? Number.POSITIVE_INFINITY) &&
        elapsed >= (entry.rule.fromMs ?? 0) &&
        elapsed < (entry.rule.untilMs ?? Number.POSITIVE_INFINITY)
      if (chosen || !inWindow) continue
      entry.applied += 1
      chosen = entry.rule.action
    }
    return chosen
  }

  private answer(record: RecordedRequest, response: ServerResponse, answer: HttpAnswer): void {
    record.status = answer.status
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    response.end(JSON.stringify(answer.body))
  }

  /** What Resend would do with an email request: auth, rate limit, idempotency, validation, delivery. */
  private process(record: RecordedRequest, raw: string): HttpAnswer {
    const auth = record.headers.authorization ?? ''
    if (!auth.startsWith('Bearer '))
      return new HttpAnswer(401, errorBody(401, 'missing_api_key', 'Missing API key in the authorization header'))
    if (!auth.startsWith('Bearer re_'))
      return new HttpAnswer(403, errorBody(403, 'invalid_api_key', 'API key is invalid'))
    if (record.method !== 'POST' || !EMAIL_PATHS.has(record.path))
      return new HttpAnswer(404, errorBody(404, 'not_found', 'Not found'))
    const limit = this.rateLimit(record.at)
    if (limit.refused) return limit.refused
    // Resend describes its rate limit "following every request", whatever the answer.
    const answer = this.accepted(record, raw)
    return new HttpAnswer(answer.status, answer.body, { ...limit.headers, ...answer.headers })
  }

  /** Idempotency, validation and delivery of a request within the rate limit. */
  private accepted(record: RecordedRequest, raw: string): HttpAnswer {
    const key = record.idempotencyKey
    const fingerprint = createHash('sha256').update(`${record.path}\n${raw}`).digest('hex')
    if (key) {
      const known = this.idempotency.get(key)
      if (known?.state === 'processing') {
        return new HttpAnswer(
          409,
          errorBody(
            409,
            'concurrent_idempotent_requests',
            'Same idempotency key used while the original request is still in progress',
          ),
        )
      }
      if (known && known.fingerprint !== fingerprint) {
        return new HttpAnswer(
          409,
          errorBody(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload'),
        )
      }
      if (known) {
        record.replayed = true
        return new HttpAnswer(known.status ?? 200, known.body, { 'x-idempotent-replayed': 'true' })
      }
      this.idempotency.set(key, { fingerprint, state: 'processing' })
    }
    const answer = record.path === '/emails/batch' ? this.deliverBatch(record) : this.deliverOne(record)
    if (key) {
      if (answer.status < 300)
        this.idempotency.set(key, { fingerprint, state: 'done', status: answer.status, body: answer.body })
      else this.idempotency.delete(key)
    }
    return answer
  }

  /**
   * A sliding one-second window over arrival times: the strictest reading of "N per second"
   * (Resend does not say whether its window slides or is fixed; a client safe against a sliding
   * window is safe against a fixed one). Every answer carries Resend's headers: `ratelimit-limit`,
   * `ratelimit-remaining` (after this request) and `ratelimit-reset` in whole seconds, rounded up:
   * 1, as a sliding one-second window that holds this request frees completely within a second.
   * A 429 adds `retry-after` (seconds) and is not counted.
   */
  private rateLimit(now: number): { refused?: HttpAnswer; headers: Record<string, string> } {
    const limit = this.options.rateLimitPerSecond
    if (!limit) return { headers: {} }
    this.recent = this.recent.filter((at) => now - at < 1000)
    if (this.recent.length >= limit) {
      const headers = {
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': '0',
        'ratelimit-reset': '1',
        'retry-after': '1',
      }
      const refused = new HttpAnswer(
        429,
        errorBody(
          429,
          'rate_limit_exceeded',
          'Too many requests. You can only make requests per second as your plan allows.',
        ),
        headers,
      )
      return { refused, headers }
    }
    this.recent.push(now)
    return {
      headers: {
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': String(limit - this.recent.length),
        'ratelimit-reset': '1',
      },
    }
  }

  private validate(email: unknown): string | undefined {
    const problem = validateEmail(email)
    if (problem) return problem
    const refused = this.options.refuseRecipients ?? []
    const to = toList((email as Record<string, unknown>).to)
    return to.some((address) => refused.includes(address.toLowerCase())) ? 'Invalid `to` address' : undefined
  }

  private deliverOne(record: RecordedRequest): HttpAnswer {
    const problem = this.validate(record.body)
    if (problem) return new HttpAnswer(422, errorBody(422, 'validation_error', problem))
    const [email] = this.deliver([record.body as Record<string, unknown>], record.idempotencyKey)
    return new HttpAnswer(200, { id: email!.id })
  }

  private deliverBatch(record: RecordedRequest): HttpAnswer {
    const { body } = record
    if (!Array.isArray(body) || body.length === 0)
      return new HttpAnswer(422, errorBody(422, 'validation_error', 'Expected a non-empty array of emails'))
    if (body.length > MAX_BATCH)
      return new HttpAnswer(422, errorBody(422, 'validation_error', `Too many emails: at most ${MAX_BATCH} per batch`))
    const permissive = record.headers['x-batch-validation'] === 'permissive'
    const errors: { index: number; message: string }[] = []
    for (const [index, email] of body.entries()) {
      const problem = this.validate(email)
      if (!problem) continue
      if (!permissive) return new HttpAnswer(422, errorBody(422, 'validation_error', `emails[${index}]: ${problem}`))
      errors.push({ index, message: problem })
    }
    const valid = (body as Record<string, unknown>[]).filter(
      (_, index) => !errors.some((error) => error.index === index),
    )
    const delivered = this.deliver(valid, record.idempotencyKey)
    const data = delivered.map(({ id }) => ({ id }))
    return new HttpAnswer(200, permissive ? { data, errors } : { data })
  }

  private deliver(emails: Record<string, unknown>[], idempotencyKey: string | undefined): DeliveredEmail[] {
    const keep = this.options.storeBodies !== false
    return emails.map((email) => {
      const delivered: DeliveredEmail = {
        id: randomUUID(),
        at: Date.now(),
        from: String(email.from),
        to: toList(email.to),
        subject: String(email.subject),
        html: keep && typeof email.html === 'string' ? email.html : undefined,
        text: keep && typeof email.text === 'string' ? email.text : undefined,
        headers: (email.headers as Record<string, string> | undefined) ?? {},
        tags: (email.tags as { name: string; value: string }[] | undefined) ?? [],
        replyTo: email.reply_to === undefined ? undefined : toList(email.reply_to),
        attachments: attachmentList(email.attachments, keep),
        idempotencyKey,
      }
      this.emails.push(delivered)
      return delivered
    })
  }

  private control(method: string, path: string, raw: string, response: ServerResponse): void {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    if (method === 'GET' && path === '/__stub/requests') return send(200, this.requests)
    if (method === 'GET' && path === '/__stub/emails') return send(200, this.emails)
    if (method === 'GET' && path === '/__stub/stats') {
      const byRecipient = this.deliveriesByRecipient()
      return send(200, {
        requests: this.requests.length,
        emails: this.emails.length,
        recipients: byRecipient.size,
        duplicates: [...byRecipient.values()].filter((list) => list.length > 1).length,
        statuses: countBy(this.requests.map((request) => String(request.status))),
      })
    }
    if (method === 'POST' && path === '/__stub/rules') {
      this.setRules(JSON.parse(raw || '[]') as StubRule[])
      return send(200, { ok: true })
    }
    if (method === 'POST' && path === '/__stub/refuse') {
      this.refuseRecipients((JSON.parse(raw || '{}') as { addresses?: string[] }).addresses ?? [])
      return send(200, { ok: true })
    }
    if (method === 'POST' && path === '/__stub/rate-limit') {
      this.setRateLimit((JSON.parse(raw || '{}') as { perSecond?: number }).perSecond)
      return send(200, { ok: true })
    }
    if (method === 'POST' && path === '/__stub/reset') {
      this.reset()
      return send(200, { ok: true })
    }
    return send(404, { message: 'Unknown stub control path' })
  }
}

function validateEmail(email: unknown): string | undefined {
  if (!email || typeof email !== 'object') return 'Expected an email object'
  const { from, to, subject, html, text } = email as Record<string, unknown>
  if (typeof from !== 'string' || !from) return 'The `from` field is required'
  const recipients = toList(to)
  if (recipients.length === 0) return 'The `to` field is required'
  if (recipients.length > 50) return 'At most 50 recipients in `to`'
  if (recipients.some((address) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address))) return 'Invalid `to` address'
  if (typeof subject !== 'string' || !subject) return 'The `subject` field is required'
  if (typeof html !== 'string' && typeof text !== 'string') return 'Either `html` or `text` is required'
  return validateAttachments((email as Record<string, unknown>).attachments)
}

/** Resend takes each attachment as base64 `content` (or a `path` to fetch) with a `filename`. */
function validateAttachments(attachments: unknown): string | undefined {
  if (attachments === undefined) return undefined
  if (!Array.isArray(attachments)) return 'The `attachments` field must be an array'
  for (const entry of attachments as Record<string, unknown>[]) {
    if (typeof entry?.filename !== 'string' || !entry.filename) return 'Every attachment needs a `filename`'
    const { content, path } = entry
    if (typeof path === 'string' && path) continue
    if (typeof content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(content))
      return 'Every attachment needs base64 `content` or a `path`'
  }
  return undefined
}

const toList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** Attachments as Resend's API takes them (`content` base64, `content_type`); content only when bodies are kept. */
const attachmentList = (value: unknown, keepContent: boolean): DeliveredAttachment[] =>
  (Array.isArray(value) ? value : []).map((entry: Record<string, unknown>) => ({
    filename: text(entry?.filename),
    contentType: text(entry?.content_type),
    content: keepContent ? text(entry?.content) : undefined,
  }))

const countBy = (values: string[]) =>
  values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {})

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Start a stub on 127.0.0.1 (a random free port unless `port` is given). */
export async function startResendStub(options: StubOptions = {}): Promise<ResendStub> {
  const server = createServer()
  const stub = new ResendStub(server, options)
  server.on('request', (request, response) => {
    stub.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' })
      response.end(JSON.stringify(errorBody(500, 'internal_server_error', String(error))))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return stub
}
