/**
 * A minimal static file server for the search benchmark: serves one folder on a free local port
 * and gzips text files (JSON, JS, HTML) the way a static host does, so the browser's encoded
 * body sizes are the bytes a visitor would download.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** Like a static host with hashed asset names: pages revalidate, everything else is cached. */
const cacheControl = (file: string): string =>
  path.extname(file) === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable'

export interface BenchServer {
  url: string
  /** Response body bytes sent (compressed where compressed) since the last reset, HTML pages excluded. */
  bytesSent: () => number
  resetBytes: () => void
  close: () => Promise<void>
}

/** Serve `root`; text files are compressed up front, so no request pays for compression. */
export async function serveFolder(root: string): Promise<BenchServer> {
  const gzipCache = new Map<string, Buffer>()
  let sent = 0
  const count = (file: string, bytes: number): void => {
    if (path.extname(file) !== '.html') sent += bytes
  }
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && TYPES[path.extname(file)] !== undefined) gzipCache.set(file, gzipSync(await readFile(file)))
  }
  const server = createServer((request, response) => {
    void (async () => {
      const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
      if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
        response.writeHead(404).end()
        return
      }
      const type = TYPES[path.extname(file)]
      const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
      if (type !== undefined && accepts) {
        let body = gzipCache.get(file)
        if (body === undefined) {
          body = gzipSync(await readFile(file))
          gzipCache.set(file, body)
        }
        response.writeHead(200, {
          'Content-Type': type,
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
          'Cache-Control': cacheControl(file),
        })
        count(file, body.length)
        response.end(body)
        return
      }
      const body = await readFile(file)
      response.writeHead(200, {
        'Content-Type': type ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': cacheControl(file),
      })
      count(file, body.length)
      response.end(body)
    })().catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    bytesSent: () => sent,
    resetBytes: () => void (sent = 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
