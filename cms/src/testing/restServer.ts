import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints } from 'payload'
import { withBodyLimit } from '../http/withBodyLimit'
import { loadConfig } from './testPayload'

/**
 * Serves Payload's REST API over real HTTP without Next.js, through the same `handleEndpoints`
 * the Next route handlers call, with the same body limits. Used by integration tests, site build
 * tests and benchmarks.
 */
export async function startRestServer(port = 0): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const config = await loadConfig()
  const handle = withBodyLimit((request: Request) => handleEndpoints({ config, request }))
  const server = createServer(async (incoming, outgoing) => {
    try {
      const response = await handle(await toRequest(incoming), undefined)
      outgoing.statusCode = response.status
      response.headers.forEach((value, key) => outgoing.setHeader(key, value))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.statusCode = 500
      outgoing.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(key, value)
    else if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
  }
  const method = incoming.method ?? 'GET'
  return new Request(`http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  })
}
