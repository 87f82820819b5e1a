import type { Access } from 'payload'
import { hasEditorRole } from '../../access/hasEditorRole'

/** Editors may delete an edition until it starts sending; a sent edition stays on record. */
export const unsentAndEditor: Access = ({ req: { user } }) =>
  hasEditorRole(user) ? { status: { in: ['draft', 'approved'] } } : false
