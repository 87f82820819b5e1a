import type { CollectionConfig } from 'payload'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { urlField } from '../../fields/link'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Coalitiepartner', plural: 'Coalitiepartners' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'url', '_status'], group: 'Netwerk' },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    summaryField(),
    { name: 'logo', label: 'Logo', type: 'upload', relationTo: 'media' },
    urlField('url', 'Website', true),
    slugField(),
    publishedAtField(),
  ],
}
