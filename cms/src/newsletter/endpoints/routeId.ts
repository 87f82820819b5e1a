import type { PayloadRequest } from 'payload'

/** The `:id` of an endpoint path such as `/:id/send`. */
export const routeId = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')
