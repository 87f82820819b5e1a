import type { RelationshipField } from 'payload'

export const themesField = (label = "Thema's"): RelationshipField => ({
  name: 'themes',
  label,
  type: 'relationship',
  relationTo: 'themes',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
})

export const regionsField = (label = "Inspiratieregio's"): RelationshipField => ({
  name: 'regions',
  label,
  type: 'relationship',
  relationTo: 'regions',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
})
