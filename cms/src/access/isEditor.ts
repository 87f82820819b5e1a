import type { PayloadRequest } from 'payload'
import { hasEditorRole } from './hasEditorRole'

/** Editors and admins (not contributors). Fits collection, global and field access. */
export const isEditor = ({ req: { user } }: { req: PayloadRequest }): boolean => hasEditorRole(user)
