import type { PayloadRequest } from 'payload'

/** A 401 answer for anonymous requests, or undefined when someone is logged in. */
export const requireUser = (req: PayloadRequest): Response | undefined =>
  req.user ? undefined : Response.json({ errors: [{ message: 'Log in om sitebuilds te beheren.' }] }, { status: 401 })
