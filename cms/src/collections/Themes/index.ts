import type { CollectionConfig } from 'payload'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Thema', plural: "Thema's" },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: { useAsTitle: 'title', group: 'Indeling' },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    summaryField(),
    slugField(),
    publishedAtField(),
  ],
}
