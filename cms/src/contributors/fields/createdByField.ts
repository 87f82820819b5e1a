import type { RelationshipField } from 'payload'
import { authenticated } from '../../access/authenticated'
import { nobody } from '../../access/nobody'

/**
 * Who created the document: set once by `recordCreator`, never by hand. Contributors may change
 * only what they created. Not in the public API.
 */
export const createdByField = (): RelationshipField => ({
  name: 'createdBy',
  label: 'Aangemaakt door',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: { read: authenticated, create: nobody, update: nobody },
  admin: { position: 'sidebar', readOnly: true },
})
