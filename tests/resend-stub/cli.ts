#!/usr/bin/env node
/**
 * Run the Resend stub on its own: `pnpm --filter @mao/resend-stub start --port 3025 [--rate 2]`,
 * or `resend-stub` in a package that depends on it (Node 24 runs TypeScript directly). Then set
 * RESEND_BASE_URL=http://127.0.0.1:3025 and a RESEND_API_KEY starting with re_. Inspect with
 * GET /__stub/emails, /__stub/requests, /__stub/stats; change behaviour with POST /__stub/rules
 * (JSON list of rules, see server.ts), POST /__stub/rate-limit {"perSecond": 2},
 * POST /__stub/refuse {"addresses": [...]} and
 * POST /__stub/reset.
 */
import { parseArgs } from 'node:util'
import { startResendStub } from './server.ts'

const { values } = parseArgs({ options: { port: { type: 'string', default: '3025' }, rate: { type: 'string' } } })
const stub = await startResendStub({
  port: Number(values.port),
  rateLimitPerSecond: values.rate ? Number(values.rate) : undefined,
})
stub.on('request', (request: { method: string; path: string; status: unknown; idempotencyKey?: string }) => {
  if (!request.path.startsWith('/__stub/'))
    console.log(
      `${request.method} ${request.path} → ${String(request.status)}${request.idempotencyKey ? ` (${request.idempotencyKey})` : ''}`,
    )
})
console.log(`Resend stub listening on ${stub.url}`)
const stop = () => void stub.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
