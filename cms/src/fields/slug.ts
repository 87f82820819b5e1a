import type { FieldHook, TextField } from 'payload'
import { isValidSlug, SLUG_MAX_LENGTH, slugify } from '@mao/shared/slug'

/** Fill an empty slug from the title; on a clash with another document append -2, -3, … */
const generateSlugFromTitle =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection, operation }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source !== 'string' || !collection) return value
    const base = slugify(source)
    if (!base) return value
    const ownId = operation === 'update' ? originalDoc?.id : undefined
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'news',
        where: {
          slug: { equals: candidate },
          ...(ownId !== undefined ? { id: { not_equals: ownId } } : {}),
        },
        req,
        overrideAccess: true,
      })
      if (totalDocs === 0) return candidate
    }
  }

/**
 * A unique, editable URL slug generated from `title` when left empty. Stable after creation,
 * so published URLs do not change when an editor retitles a document.
 */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  label: 'Slug (webadres)',
  type: 'text',
  index: true,
  unique: true,
  maxLength: SLUG_MAX_LENGTH,
  admin: {
    position: 'sidebar',
    description: 'Laat leeg om automatisch uit de titel te maken. Alleen kleine letters, cijfers en streepjes.',
  },
  hooks: { beforeValidate: [generateSlugFromTitle(sourceField)] },
  validate: (value: string | null | undefined) => {
    if (value == null || value === '') return 'Vul een titel of een slug in.'
    return (
      isValidSlug(value) ||
      'Een slug bestaat uit kleine letters (a-z), cijfers en losse streepjes, bijvoorbeeld "mijn-bericht".'
    )
  },
})
