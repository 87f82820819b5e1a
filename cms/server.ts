/**
 * The CMS's HTTP server: Next (admin, REST, GraphQL) behind a plain Node server that resolves the
 * client address from the socket and TRUSTED_PROXIES and hands it to the app in `x-mao-client-ip`
 * (src/http/clientAddress.ts). `next start` cannot do this, so it is not used.
 * Run by `pnpm --filter @mao/cms start`: Node strips the types, so imports name their .ts files.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import { parseTrustedProxies, setClientAddressHeader } from './src/http/clientAddress.ts'

// The root .env, as src/loadEnv.ts reads it for the app (whose imports Node cannot resolve here).
const envFile = path.resolve(import.meta.dirname, '..', '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)

const port = Number(process.env.CMS_PORT || 3000)
const isTrusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
const app = next({ dev: false, dir: import.meta.dirname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  setClientAddressHeader(req, isTrusted)
  void handle(req, res)
})

server.listen(port, () => {
  console.log(`CMS listening on port ${port}`)
  // Payload starts on its first request; /readyz starts it with the job runners, so scheduled
  // publishing and the news update run without waiting for a visitor.
  fetch(`http://127.0.0.1:${port}/readyz`).catch((error: unknown) => console.error('CMS warm-up failed:', error))
})

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    // Busy keep-alive connections would hold close() up; do not wait for them long.
    setTimeout(() => process.exit(0), 5000).unref()
  })
