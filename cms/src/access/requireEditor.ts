import type { PayloadRequest } from 'payload'
import { hasEditorRole } from './hasEditorRole'

const NOT_AN_EDITOR = { ok: false, message: 'Alleen redacteuren en beheerders mogen dit doen.' } as const

/**
 * Guard for custom endpoints, which Payload's access control does not cover: undefined when an
 * editor or admin is logged in; else 401 with `body` (each feature keeps its own shape) without
 * a user, 403 for a logged-in contributor.
 */
export const requireEditor = (req: PayloadRequest, body: unknown): Response | undefined => {
  if (!req.user) return Response.json(body, { status: 401 })
  return hasEditorRole(req.user) ? undefined : Response.json(NOT_AN_EDITOR, { status: 403 })
}
