import type { CollectionConfig } from 'payload'
import { communityStatusOptions } from '@mao/shared/selectOptions'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { guardCapacity, participantsFields, promoteOnCapacity } from '../../registrations'

export const Communities: CollectionConfig = {
  slug: 'communities',
  labels: { singular: 'Community of Practice', plural: 'Communities of Practice' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'status', 'capacity', '_status'], group: 'Netwerk' },
  hooks: { beforeChange: [guardCapacity], afterChange: [promoteOnCapacity] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    { name: 'theme', label: 'Thema', type: 'relationship', relationTo: 'themes' },
    richTextField('description', 'Beschrijving'),
    {
      type: 'row',
      fields: [
        {
          name: 'capacity',
          label: 'Aantal plaatsen',
          type: 'number',
          required: true,
          defaultValue: 25,
          min: 15,
          max: 25,
          admin: {
            description:
              'Minimaal 15, maximaal 25 deelnemers. Is de Community vol, dan komen nieuwe aanmeldingen op de wachtlijst.',
          },
        },
        {
          name: 'status',
          label: 'Inschrijving',
          type: 'select',
          required: true,
          defaultValue: 'open',
          options: communityStatusOptions,
          admin: {
            description:
              'Gesloten: er kan niemand meer bij. De aanmelding sluit ook vanzelf bij de eerste bijeenkomst.',
          },
        },
      ],
    },
    { name: 'facilitator', label: 'Begeleider', type: 'text' },
    {
      name: 'meetings',
      label: 'Bijeenkomsten',
      labels: { singular: 'Bijeenkomst', plural: 'Bijeenkomsten' },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              label: 'Datum en tijd',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            { name: 'place', label: 'Plaats', type: 'text', required: true },
          ],
        },
      ],
    },
    ...participantsFields(),
    slugField(),
    publishedAtField(),
  ],
}
