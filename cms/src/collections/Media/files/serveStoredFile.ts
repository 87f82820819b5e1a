import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { headersWithCors, type PayloadRequest, type TypeWithID, type UploadConfig } from 'payload'
import { fileEtag, isNotModified, lastModified } from './fileValidators'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/** The types `allowedMimeTypes` admits, by the extension Payload gives the stored file. */
const CONTENT_TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
}

/**
 * Revalidate on every use (`no-cache`) rather than a max-age: a file's URL is its name, and Payload
 * rewrites the size variants under the same names when an editor moves the focal point or crops,
 * so no URL is guaranteed to keep its bytes. A revalidation is one `stat` and a 304 without body.
 * A URL with a version (`?v=`, the medium's `updatedAt`, as the site's build asks for its images)
 * is kept for good: every such rewrite saves the medium, so its next version is another URL. That
 * spares a publish one revalidation per image (196 seeded images, about 0.65 s of every build).
 * `public` only when anyone may read the file (Payload hands the handler no document then).
 */
const cacheControl = (doc: TypeWithID | undefined, versioned: boolean) =>
  doc ? 'private, no-cache' : versioned ? 'public, max-age=31536000, immutable' : 'public, no-cache'

/**
 * Serves a media file from the local upload folder with a strong `ETag`, `Last-Modified` and
 * `Cache-Control`, and answers `If-None-Match`/`If-Modified-Since` with 304. Payload's own local
 * response has no validators, and headers set by a handler that returns nothing are dropped, so
 * this handler sends the whole response. It steps aside (returns nothing) for what Payload's default
 * does better or differently: byte ranges, file types we do not accept.
 *
 * A file that is not on the disk is a 404, where Payload's default answers 500 "Something went
 * wrong": the site's build then names a missing file instead of a server fault, and a retry of a
 * 500 cannot help. It is still logged, as Payload does: a medium whose file is gone is lost data.
 */
export function serveStoredFile(staticDir: string): FileHandler {
  const root = path.resolve(staticDir)
  // Payload's type has no "resolved with nothing", though its getFile runs the next handler (and
  // then its default) for any result that is not a Response.
  return (req, { doc, params }) => serve(root, req, doc, params.filename) as Promise<Response>
}

async function serve(
  root: string,
  req: PayloadRequest,
  doc: TypeWithID | undefined,
  filename: string,
): Promise<Response | undefined> {
  const filePath = path.resolve(root, filename)
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()]
  if (!filePath.startsWith(root + path.sep) || !contentType) return undefined
  const stats = await stat(filePath, { bigint: true }).catch(() => undefined)
  if (!stats?.isFile()) {
    req.payload.logger.warn(`Media file ${filename} is not on the disk (${filePath})`)
    return notFound(req)
  }
  const file = { etag: fileEtag(stats), lastModified: lastModified(stats) }
  const headers = new Headers({
    ETag: file.etag,
    'Last-Modified': file.lastModified.toUTCString(),
    'Cache-Control': cacheControl(doc, Boolean(req.searchParams?.get('v'))),
  })
  if (isNotModified(req.headers, file)) {
    return new Response(null, { status: 304, headers: headersWithCors({ headers, req }) })
  }
  if (req.headers.has('range')) return undefined
  headers.set('Content-Type', contentType)
  headers.set('Content-Length', stats.size.toString())
  headers.set('Accept-Ranges', 'bytes')
  const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>
  return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) })
}

function notFound(req: PayloadRequest): Response {
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  return Response.json(
    { errors: [{ message: 'Dit bestand bestaat niet (meer).' }] },
    { status: 404, headers: headersWithCors({ headers, req }) },
  )
}
