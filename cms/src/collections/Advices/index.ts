import type { CollectionConfig } from 'payload'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'

export const Advices: CollectionConfig = {
  slug: 'advices',
  labels: { singular: 'Advies', plural: 'De zeven adviezen' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'number',
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', '_status'], group: 'Indeling' },
  fields: [
    {
      name: 'number',
      label: 'Nummer',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      max: 7,
      admin: { step: 1 },
    },
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    richTextField('body', 'Toelichting'),
    slugField(),
    publishedAtField(),
  ],
}
