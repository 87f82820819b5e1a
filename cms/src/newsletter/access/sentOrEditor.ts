import type { Access } from 'payload'
import { hasEditorRole } from '../../access/hasEditorRole'

/** Anonymous visitors (the site's archive) and contributors read sent editions only; editors read everything. */
export const sentOrEditor: Access = ({ req: { user } }) => (hasEditorRole(user) ? true : { status: { equals: 'sent' } })
