import type { User } from '@mao/shared/payload-types'

/** Contributors: logged in, writing drafts of news and practices for their own regions only. */
export const hasContributorRole = (user: unknown): user is User & { role: 'contributor' } =>
  Boolean(user && typeof user === 'object' && (user as Partial<User>).role === 'contributor')
