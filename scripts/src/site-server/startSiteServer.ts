import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { createGzip, gzip } from 'node:zlib'
import { sitePort } from '@mao/shared/defaultUrls'
import { GONE_PAGE } from '@mao/shared/redirects'
import { cacheControlFor } from './cacheControl'
import { contentTypeFor, isCompressible } from './contentTypes'
import { defaultPreviewDir, PREVIEW_PREFIX, previewMount } from './previewMount'
import { releaseTracker, type Release } from './currentRelease'
import { redirectFor } from './releaseRedirects'
import { resolveRequestFile, type Resolution } from './resolveRequestFile'
import { MAX_CACHED_FILE_BYTES, type CachedResponse, type ResponseCache } from './responseCache'
import { FALLBACK_SECURITY_HEADERS, type SecurityHeaders } from './securityHeaders'
import { defaultSiteRoot } from './siteRoot'

export type SiteServerOptions = {
  /** SITE_PORT or 4321; 0 picks a free port. */
  port?: number
  /** Interface to listen on; all by default. */
  host?: string
  /** The folder or symlink to serve; SITE_CURRENT_LINK or `site/current`. */
  root?: string
  /**
   * Send a `<file>.gz` beside a file as is to clients that accept gzip (like nginx's gzip_static).
   * Off by default: releases have no such files, so looking for them would cost every request a lookup.
   */
  precompressed?: boolean
  /** Told after each file body went out, with the bytes sent (compressed when compressed): benchmarks count them. */
  onFileSent?: (sent: FileSent) => void
  /** The draft preview server build mounted under /voorbeeld/: SITE_PREVIEW_DIR or `site/dist-preview`. */
  previewDir?: string
}

type HandleOptions = Pick<SiteServerOptions, 'precompressed' | 'onFileSent'> & {
  preview?: ReturnType<typeof previewMount>
}

export type FileSent = { urlPath: string; status: number; bytes: number }

export type SiteServer = { server: Server; url: string; port: number; close: () => Promise<void> }

const MIN_COMPRESS_BYTES = 1024
const gzipBuffer = promisify(gzip)

const BUILDING_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Met Andere Ogen</title></head>
<body><main><h1>De website wordt gebouwd</h1><p>Probeer het over een minuut opnieuw.</p></main></body></html>`

function sendText(
  response: ServerResponse,
  status: number,
  body: string,
  security: SecurityHeaders,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...security,
    'Content-Type': body.startsWith('<!doctype') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  })
  response.end(response.req.method === 'HEAD' ? undefined : body)
}

const acceptsGzipEncoding = (request: IncomingMessage): boolean =>
  /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))

type FileToSend = Extract<Resolution, { kind: 'file' }> & { status: number; urlPath: string; security: SecurityHeaders }

/** Counts the bytes that pass, for `onFileSent`. */
function byteCounter(count: (bytes: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count(chunk.length)
      done(null, chunk)
    },
  })
}

/** Sends a cached 200 response, or 304 when the client has it already. */
function sendCached(
  request: IncomingMessage,
  response: ServerResponse,
  { headers, body, etag }: CachedResponse,
  urlPath: string,
  onFileSent: SiteServerOptions['onFileSent'],
): void {
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers)
    response.end()
    return
  }
  response.writeHead(200, headers)
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  response.end(body)
  onFileSent?.({ urlPath, status: 200, bytes: body.length })
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  { file, releasePath, stats, gzipped, status, urlPath, security }: FileToSend,
  onFileSent: SiteServerOptions['onFileSent'],
  cache?: { responses: ResponseCache; key: string },
): Promise<void> {
  const contentType = contentTypeFor(file)
  const compressible = isCompressible(contentType)
  const acceptsGzip = acceptsGzipEncoding(request)
  // A precompressed sibling (`<file>.gz`) goes out as is; other large text files are gzipped on the fly.
  const precompressed = acceptsGzip && gzipped !== undefined
  const body = precompressed ? gzipped : { file, stats }
  const gzipOnTheFly = !precompressed && acceptsGzip && compressible && stats.size >= MIN_COMPRESS_BYTES
  const { size, mtime } = body.stats
  const etag = `W/"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}${precompressed ? '-gz' : ''}"`
  const headers: Record<string, string | number> = {
    ...security,
    'Content-Type': contentType,
    'Cache-Control': status === 200 ? cacheControlFor(releasePath, contentType) : 'no-cache',
    'Last-Modified': mtime.toUTCString(),
    ETag: etag,
  }
  if (compressible || gzipped) headers.Vary = 'Accept-Encoding'
  if (precompressed || gzipOnTheFly) headers['Content-Encoding'] = 'gzip'
  if (cache && status === 200 && size <= MAX_CACHED_FILE_BYTES) {
    const raw = await readFile(body.file)
    const encoded = gzipOnTheFly ? await gzipBuffer(raw) : raw
    const entry = { headers: { ...headers, 'Content-Length': encoded.length }, body: encoded, etag }
    cache.responses.set(cache.key, entry)
    sendCached(request, response, entry, urlPath, onFileSent)
    return
  }
  if (!gzipOnTheFly) headers['Content-Length'] = size
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers)
    response.end()
    return
  }
  response.writeHead(status, headers)
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  let bytes = 0
  await pipeline([
    createReadStream(body.file),
    ...(gzipOnTheFly ? [createGzip()] : []),
    ...(onFileSent ? [byteCounter((count) => (bytes += count))] : []),
    response,
  ])
  onFileSent?.({ urlPath, status, bytes })
}

async function handle(
  releases: ReturnType<typeof releaseTracker>,
  request: IncomingMessage,
  response: ServerResponse,
  { precompressed = false, onFileSent, preview }: HandleOptions,
): Promise<void> {
  const rawUrl = request.url ?? '/'
  const urlPath = rawUrl.split('?')[0] ?? '/'
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Methode niet toegestaan', FALLBACK_SECURITY_HEADERS, { Allow: 'GET, HEAD' })
    return
  }
  // Liveness: the process answers; it needs nothing else.
  if (urlPath === '/healthz') {
    sendText(response, 200, 'ok', FALLBACK_SECURITY_HEADERS)
    return
  }
  if (preview && urlPath.startsWith(PREVIEW_PREFIX)) {
    await preview(request, response, rawUrl)
    return
  }
  const release = await releases.current()
  if (urlPath === '/readyz') {
    if (release) sendText(response, 200, 'ok', release.headers)
    else sendText(response, 503, 'Geen release om te serveren', FALLBACK_SECURITY_HEADERS)
    return
  }
  if (!release) {
    sendText(response, 503, BUILDING_PAGE, FALLBACK_SECURITY_HEADERS, { 'Retry-After': '30' })
    return
  }
  await serveFromRelease(release, request, response, { rawUrl, urlPath, precompressed, onFileSent })
}

async function serveFromRelease(
  { root, headers: security, redirects, responses }: Release,
  request: IncomingMessage,
  response: ServerResponse,
  { rawUrl, urlPath, precompressed, onFileSent }: HandleOptions & { rawUrl: string; urlPath: string },
): Promise<void> {
  // Keyed on the path as requested: spellings of one file get entries of their own, within the budget.
  const key = `${acceptsGzipEncoding(request) ? 'gzip' : 'identity'} ${urlPath}`
  const cached = responses.get(key)
  if (cached) {
    sendCached(request, response, cached, urlPath, onFileSent)
    return
  }
  const withGzip = Boolean(precompressed) && acceptsGzipEncoding(request)
  const resolution = await resolveRequestFile(root, rawUrl, { withGzip })
  switch (resolution.kind) {
    case 'file':
      await sendFile(request, response, { ...resolution, status: 200, urlPath, security }, onFileSent, {
        responses,
        key,
      })
      return
    case 'bad-request':
      sendText(response, 400, 'Ongeldig adres', security)
      return
    case 'not-found': {
      // Only paths without a file of their own: the build never lets a redirect shadow a page.
      const redirect = redirectFor(redirects, rawUrl)
      if (redirect?.status === 301) {
        sendText(response, 301, `Verplaatst naar ${redirect.to}`, security, {
          Location: redirect.to,
          'Cache-Control': 'public, max-age=300',
        })
        return
      }
      const [status, page, text] = redirect
        ? [410, GONE_PAGE, 'Pagina verwijderd']
        : [404, '/404.html', 'Pagina niet gevonden']
      const errorPage = await resolveRequestFile(root, page, { withGzip })
      if (errorPage.kind === 'file')
        await sendFile(request, response, { ...errorPage, status, urlPath, security }, onFileSent)
      else sendText(response, status, text, security)
    }
  }
}

/**
 * A small static file server for the built site. Serves `root` (the `current` release symlink,
 * resolved per request so a new release is live at once), `index.html` for folders, `404.html`
 * with status 404, the release's redirects (`_redirects.json`: 301, or 410 with the `/410` page) for paths
 * without a file, long caching for hashed `/_astro/` assets and revalidation for HTML, and the
 * release's security headers (its `_headers.json`) on every response. Paths outside the release
 * (`..`, symlinks) and hidden files are refused. Without a usable release it answers 503 with a
 * Dutch page and keeps running. Draft previews (`/voorbeeld/`) go to the preview server build. `/healthz` (alive) and `/readyz` (a release is served) are for
 * load balancers.
 */
const CLIENT_GONE = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_UNABLE_TO_PIPE'])

export async function startSiteServer({
  port = sitePort(process.env),
  host,
  root = defaultSiteRoot(),
  previewDir = defaultPreviewDir(),
  ...fileOptions
}: SiteServerOptions = {}): Promise<SiteServer> {
  const releases = releaseTracker(path.resolve(root))
  const handleOptions: HandleOptions = { ...fileOptions, preview: previewMount(previewDir) }
  const server = createServer((request, response) => {
    handle(releases, request, response, handleOptions).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      // A visitor closing the connection mid-transfer (or before it began) is no server error.
      if (!CLIENT_GONE.has(code)) console.error('Site server:', error)
      if (!response.headersSent) sendText(response, 500, 'Interne fout', FALLBACK_SECURITY_HEADERS)
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'
  return {
    server,
    port: address.port,
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
