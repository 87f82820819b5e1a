import type { CollectionConfig } from 'payload'
import { eventKindOptions, eventRegistrationOptions } from '@mao/shared/selectOptions'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { urlField } from '../../fields/link'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { regionsField, themesField } from '../../fields/taxonomy'
import { guardCapacity, participantsFields, promoteOnCapacity } from '../../registrations'
import { validateEventRegistration } from './validateEventRegistration'
import { validateEventWhenAndWhere } from './validateEventWhenAndWhere'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const registersBy = (how: string) => (data: Record<string, unknown>) => data.registration === how

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Activiteit', plural: 'Agenda' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'startsAt',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'kind', '_status'], group: 'Netwerk' },
  hooks: {
    beforeValidate: [validateEventWhenAndWhere, validateEventRegistration],
    beforeChange: [guardCapacity],
    afterChange: [promoteOnCapacity],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Begint',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          admin: dateTime,
        },
        { name: 'endsAt', label: 'Eindigt', type: 'date', required: true, timezone: true, admin: dateTime },
      ],
    },
    {
      name: 'kind',
      label: 'Soort activiteit',
      type: 'select',
      required: true,
      defaultValue: 'meeting',
      options: eventKindOptions,
    },
    { name: 'location', label: 'Locatie (adres)', type: 'text' },
    urlField('onlineUrl', 'Online deelnemen (link)'),
    {
      name: 'registration',
      label: 'Aanmelden',
      type: 'select',
      // Not required, so older code and data without it mean 'none'.
      defaultValue: 'none',
      options: eventRegistrationOptions,
    },
    {
      ...urlField('registrationUrl', 'Aanmelden (link)'),
      admin: { condition: registersBy('url') },
    },
    {
      name: 'capacity',
      label: 'Aantal plaatsen',
      type: 'number',
      min: 1,
      admin: {
        condition: registersBy('form'),
        description: 'Is de activiteit vol, dan komen nieuwe aanmeldingen op de wachtlijst.',
      },
    },
    ...participantsFields(registersBy('form')),
    richTextField('body', 'Beschrijving'),
    slugField(),
    publishedAtField(),
    themesField(),
    regionsField(),
  ],
}
