import type { PayloadRequest } from 'payload'

/** Editors and admins only; anonymous requests get 401. */
export const requireEditor = (req: PayloadRequest): Response | undefined =>
  req.user ? undefined : Response.json({ ok: false, message: 'Log in om dit te doen.' }, { status: 401 })

export const routeId = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')
