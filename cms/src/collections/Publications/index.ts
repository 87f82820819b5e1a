import type { CollectionConfig } from 'payload'
import { publicationKindOptions } from '@mao/shared/selectOptions'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { summaryField } from '../../fields/summary'
import { regionsField, themesField } from '../../fields/taxonomy'
import { publicationSlugField } from './reservedSlugs'

/** The programme's own documents (advice report, programme plan, reviews, guides…) on `/publicaties`. */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: 'Publicatie', plural: 'Publicaties' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: '-date',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'file', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: 'Toolbox',
    description: 'Documenten van het programma met een pdf om te downloaden, op /publicaties.',
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    {
      type: 'row',
      fields: [
        { name: 'kind', label: 'Soort', type: 'select', required: true, options: publicationKindOptions },
        {
          name: 'date',
          label: 'Verschenen op',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
      ],
    },
    {
      name: 'file',
      label: 'Bestand (pdf)',
      type: 'upload',
      relationTo: 'media',
      required: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    richTextField('body', 'Toelichting'),
    {
      name: 'communities',
      label: 'Communities of Practice',
      type: 'relationship',
      relationTo: 'communities',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    publicationSlugField(),
    publishedAtField(),
    themesField(),
    regionsField(),
  ],
}
