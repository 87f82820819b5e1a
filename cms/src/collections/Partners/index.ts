import type { CollectionConfig } from 'payload'
import { partnerRoleOptions } from '@mao/shared/selectOptions'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { urlField } from '../../fields/link'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'role', 'url', '_status'], group: 'Netwerk' },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    summaryField(),
    {
      name: 'role',
      label: 'Rol in het programma',
      type: 'select',
      required: true,
      defaultValue: 'coalition',
      options: partnerRoleOptions,
    },
    {
      name: 'description',
      label: 'Beschrijving',
      type: 'textarea',
      maxLength: 1500,
      admin: { description: 'Wat de partner doet en bijdraagt; staat op de partnerpagina.' },
    },
    {
      name: 'logo',
      label: 'Logo',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'De naam van de partner is de alt-tekst van het logo.' },
    },
    urlField('url', 'Website', true),
    slugField(),
    publishedAtField(),
  ],
}
