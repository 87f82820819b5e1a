/**
 * Development helper: serve a built site directory the way the e2e tests do.
 * Usage (from tests/): npx -y pnpm@10 exec tsx support/serve-site.ts ../site/dist [port]
 */
import { serveStatic } from './staticServer'

const server = await serveStatic(process.argv[2] ?? '../site/dist', Number(process.argv[3] ?? 4321))
console.log(`Serving ${process.argv[2] ?? '../site/dist'} at ${server.url}`)
