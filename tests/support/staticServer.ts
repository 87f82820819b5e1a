import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}

/** The file for a URL path the way a static host serves it: /a → a, a.html or a/index.html. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const base = path.join(root, path.normalize(decoded).replace(/^([/\\])+/, ''))
  if (!base.startsWith(root)) return undefined
  return [base, `${base}.html`, path.join(base, 'index.html')].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  )
}

/** A tiny static file server for a built site, with the site's 404.html for unknown paths. */
export async function serveStatic(
  root: string,
  port = 0,
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const absoluteRoot = path.resolve(root)
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    const file = fileFor(absoluteRoot, pathname)
    const target = file ?? path.join(absoluteRoot, '404.html')
    response.statusCode = file ? 200 : 404
    response.setHeader('Content-Type', TYPES[path.extname(target)] ?? 'application/octet-stream')
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    createReadStream(target).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
