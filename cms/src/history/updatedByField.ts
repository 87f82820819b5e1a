import type { FieldHook, RelationshipField } from 'payload'
import { isEditor } from '../access/isEditor'

/** The logged-in editor behind a save; null for system work (seed, forms, jobs without a user). */
const setFromRequest: FieldHook = ({ req }) => (req.user?.collection === 'users' ? req.user.id : null)

/**
 * "Laatst gewijzigd door": set on every save from the request, whatever the client sends, so each
 * version records who made it. Read by editors only (the public API never shows user ids).
 */
export const updatedByField = (): RelationshipField => ({
  name: 'updatedBy',
  label: 'Laatst gewijzigd door',
  type: 'relationship',
  relationTo: 'users',
  access: { read: isEditor },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [setFromRequest] },
})
