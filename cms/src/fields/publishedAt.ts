import type { DateField } from 'payload'

/** Publication date; set to now on first publish when the editor leaves it empty. */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  label: 'Publicatiedatum',
  type: 'date',
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [
      ({ value, siblingData }) => {
        if (!value && siblingData?._status === 'published') return new Date().toISOString()
        return value
      },
    ],
  },
})
