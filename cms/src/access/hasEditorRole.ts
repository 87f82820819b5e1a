import type { User } from '@mao/shared/payload-types'

/** Admins and editors: everyone who publishes and sees the office's data; contributors are not. */
export const hasEditorRole = (user: unknown): boolean => {
  const role = user && typeof user === 'object' ? (user as Partial<User>).role : undefined
  return role === 'admin' || role === 'editor'
}
