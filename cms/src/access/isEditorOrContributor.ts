import type { PayloadRequest } from 'payload'
import { hasContributorRole } from './hasContributorRole'
import { hasEditorRole } from './hasEditorRole'

/** Everyone who writes content: editors, admins and contributors. */
export const isEditorOrContributor = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasEditorRole(user) || hasContributorRole(user)
