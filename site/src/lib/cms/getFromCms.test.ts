import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CmsError } from './CmsError'
import { fetchJson } from './fetchJson'
import { isConnectionReset } from './getFromCms'

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  seen: { requests: number; onSocket: number },
) => void

const servers: ReturnType<typeof createServer>[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

/** A local CMS stand-in; `handle` sees how many requests came in, in total and on this socket. */
async function serve(handle: Handler): Promise<{ url: string; sockets: Set<Socket>; requests: () => number }> {
  let requests = 0
  const perSocket = new WeakMap<Socket, number>()
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => {
    requests += 1
    const onSocket = (perSocket.get(request.socket) ?? 0) + 1
    perSocket.set(request.socket, onSocket)
    sockets.add(request.socket)
    handle(request, response, { requests, onSocket })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets, requests: () => requests }
}

const ok = (response: ServerResponse) => {
  response.setHeader('content-type', 'application/json')
  response.end('{"ok":true}')
}

describe('getFromCms through fetchJson', () => {
  it('sends a GET once more when the server drops the connection before answering', async () => {
    const cms = await serve((request, response, { requests }) =>
      requests === 1 ? request.socket.destroy() : ok(response),
    )
    expect(await fetchJson(`${cms.url}/api/subscribers/consent`)).toEqual({ ok: true })
    expect(cms.requests()).toBe(2)
  })

  it('recovers when a kept-alive connection is closed by the server as it is reused', async () => {
    // The second request on a socket finds it closed: what an idle keep-alive connection
    // the server had just timed out looks like to the client.
    const cms = await serve((request, response, { onSocket }) =>
      onSocket > 1 ? request.socket.destroy() : ok(response),
    )
    expect(await fetchJson(`${cms.url}/api/news`)).toEqual({ ok: true })
    // The client hands the connection back to its pool a few ticks after the answer ends.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await fetchJson(`${cms.url}/api/subscribers/consent`)).toEqual({ ok: true })
    expect(cms.requests()).toBe(3)
    expect(cms.sockets.size).toBe(2)
  })

  it('fails with the clear message when the retry is reset too', async () => {
    const cms = await serve((request) => request.socket.destroy())
    const attempt = fetchJson(`${cms.url}/api/subscribers/consent`)
    await expect(attempt).rejects.toBeInstanceOf(CmsError)
    await expect(attempt).rejects.toThrow(
      `The CMS is unreachable at ${cms.url}/api/subscribers/consent: other side closed`,
    )
    expect(cms.requests()).toBe(2)
  })

  it('does not retry an error answer', async () => {
    const cms = await serve((_, response) => {
      response.statusCode = 500
      response.end('kapot')
    })
    await expect(fetchJson(`${cms.url}/api/news`)).rejects.toThrow('The CMS answered 500')
    expect(cms.requests()).toBe(1)
  })
})

describe('isConnectionReset', () => {
  it('recognises resets in the cause chain, not refused connections or timeouts', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    expect(isConnectionReset(new TypeError('fetch failed', { cause: reset }))).toBe(true)
    expect(isConnectionReset(new TypeError('fetch failed', { cause: new Error('other side closed') }))).toBe(true)
    expect(isConnectionReset(new TypeError('fetch failed', { cause: refused }))).toBe(false)
    expect(isConnectionReset(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(false)
  })
})
