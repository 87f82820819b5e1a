import type { PayloadRequest } from 'payload'

/**
 * Anyone logged in, contributors included: only for what every account may do (open the admin,
 * see who wrote a document). Editor rights are `isEditor`.
 */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
