import type { PayloadRequest } from 'payload'

/**
 * Guard for custom endpoints, which Payload's access control does not cover: undefined when an
 * editor or admin is logged in, else a 401 answer with `body` (each feature keeps its own shape).
 */
export const requireUser = (req: PayloadRequest, body: unknown): Response | undefined =>
  req.user ? undefined : Response.json(body, { status: 401 })
