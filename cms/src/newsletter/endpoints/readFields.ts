import type { PayloadRequest } from 'payload'

export type SubmittedFields = {
  /**
   * `form` for a plain HTML form post (answer with a redirect to a site page), `json` for
   * scripts: a JSON body, or a form body sent with `Accept: application/json` (the site's island
   * does that, which keeps the request "simple" for CORS: no preflight).
   */
  kind: 'form' | 'json'
  fields: Record<string, string>
}

const acceptsJson = (req: PayloadRequest): boolean => /application\/json/i.test(req.headers.get('accept') ?? '')

const MAX_BODY_BYTES = 16 * 1024

export class BadRequestError extends Error {
  override name = 'BadRequestError'
}

/**
 * Reads a small JSON or form-encoded body into plain string fields. Anything else, a body over
 * 16 kB or invalid JSON is a BadRequestError: the endpoint answers 400 and changes nothing.
 */
export async function readFields(req: PayloadRequest): Promise<SubmittedFields> {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) throw new BadRequestError('Het verzoek is te groot.')
  if (type === 'multipart/form-data') {
    const data = (await req.formData?.()) ?? new FormData()
    const fields: Record<string, string> = {}
    for (const [key, value] of data.entries()) if (typeof value === 'string') fields[key] = value
    return { kind: acceptsJson(req) ? 'json' : 'form', fields }
  }
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new BadRequestError('Het verzoek is te groot.')
  if (type === 'application/json') {
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      throw new BadRequestError('Ongeldige JSON.')
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new BadRequestError('Verwacht een JSON-object.')
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
  throw new BadRequestError(`Niet ondersteund inhoudstype: ${type}`)
}
