import type { PayloadRequest } from 'payload'
import { readLimitedBody } from './readLimitedBody'

export type SubmittedFields = {
  /**
   * `form` for a plain HTML form post (answer with a redirect to a site page), `json` for
   * scripts: a JSON body, or a form body sent with `Accept: application/json` (the site's island
   * does that, which keeps the request "simple" for CORS: no preflight).
   */
  kind: 'form' | 'json'
  fields: Record<string, string>
}

/** Why a body was refused: the endpoint answers `status` and changes nothing. */
export type UnreadableBody = { status: 400 | 413; message: string }

const acceptsJson = (req: PayloadRequest): boolean => /application\/json/i.test(req.headers.get('accept') ?? '')

const MAX_BODY_BYTES = 16 * 1024

const refuse = (message: string, status: 400 | 413 = 400): UnreadableBody => ({ status, message })

/**
 * Reads a small JSON or form-encoded body into plain string fields. A body over 16 kB (by
 * Content-Length, or counted while it streams when chunked) is refused with 413 without reading
 * on; anything else unreadable (type, invalid JSON) with 400.
 */
export async function readFields(req: PayloadRequest): Promise<SubmittedFields | UnreadableBody> {
  const contentType = req.headers.get('content-type') ?? ''
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  const tooLarge = refuse('Het verzoek is te groot.', 413)
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge
  const body = await readLimitedBody(req.body, MAX_BODY_BYTES)
  if (!body) return tooLarge
  if (type === 'multipart/form-data') {
    let data: FormData
    try {
      data = await new Response(body, { headers: { 'content-type': contentType } }).formData()
    } catch {
      return refuse('Ongeldig formulier.')
    }
    const fields: Record<string, string> = {}
    for (const [key, value] of data.entries()) if (typeof value === 'string') fields[key] = value
    return { kind: acceptsJson(req) ? 'json' : 'form', fields }
  }
  const text = new TextDecoder().decode(body)
  if (type === 'application/json') {
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      return refuse('Ongeldige JSON.')
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return refuse('Verwacht een JSON-object.')
    const fields: Record<string, string> = {}
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === 'string') fields[key] = value
      else if (typeof value === 'number' || typeof value === 'boolean') fields[key] = String(value)
    }
    return { kind: 'json', fields }
  }
  if (type === 'application/x-www-form-urlencoded' || type === 'text/plain' || type === '') {
    return { kind: acceptsJson(req) ? 'json' : 'form', fields: Object.fromEntries(new URLSearchParams(text)) }
  }
  return refuse(`Niet ondersteund inhoudstype: ${type}`)
}
