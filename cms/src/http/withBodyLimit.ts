import { formatMegabytes } from '../collections/Media/uploadLimits'
import { JSON_BODY_LIMIT, multipartBodyLimit } from './bodyLimits'
import { readLimitedBody } from './readLimitedBody'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const tooLarge = (limit: number): Response =>
  Response.json(
    { errors: [{ message: `Het verzoek is te groot. Stuur maximaal ${formatMegabytes(limit)} per keer.` }] },
    { status: 413 },
  )

/** Payload's own multipart limit errors, in the admin's language. */
const DUTCH_MULTIPART_ERRORS: Record<string, (limit: number) => string> = {
  'Multipart limit has been reached': () =>
    'Het verzoek bevat te veel bestanden of velden. Upload één bestand per keer.',
  'Multipart request size limit has been reached': (limit) =>
    `Het verzoek is te groot. Stuur maximaal ${formatMegabytes(limit)} per keer.`,
}

async function translateMultipartError(response: Response, limit: number): Promise<Response> {
  if (response.status !== 413) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { errors?: { message?: string }[] } | undefined
  const translate = DUTCH_MULTIPART_ERRORS[body?.errors?.[0]?.message ?? '']
  if (!translate) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json({ errors: [{ message: translate(limit) }] }, { status: 413, headers })
}

/**
 * Wraps a Payload route handler so no request body over its cap reaches Payload, which would
 * otherwise read and parse it before checking access. A declared Content-Length over the cap is
 * refused before reading; other bodies are read while counting and refused as soon as they pass
 * it. JSON and form bodies are capped at JSON_BODY_LIMIT; multipart bodies (uploads) at the upload
 * limit plus a document, counted by Payload's own parser (`upload.requestSizeLimit`), which also
 * allows one file per request (`upload.limits.files`).
 */
export function withBodyLimit<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body) return handler(request, context)
    const multipart = /^multipart\//i.test(request.headers.get('content-type') ?? '')
    const limit = multipart ? multipartBodyLimit() : JSON_BODY_LIMIT
    if (Number(request.headers.get('content-length') ?? 0) > limit) {
      void request.body.cancel().catch(() => {})
      return tooLarge(limit)
    }
    if (multipart) return translateMultipartError(await handler(request, context), limit)
    const body = await readLimitedBody(request.body, limit)
    if (!body) return tooLarge(limit)
    // A new Request from its parts: Next hands us a Request of its own bundled class, which the
    // global Request constructor cannot copy ("Cannot read private member #state").
    const limited = new Request(request.url, { method: request.method, headers: new Headers(request.headers), body })
    return handler(limited, context)
  }
}
