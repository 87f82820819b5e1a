import type { CollectionConfig } from 'payload'
import { contactTopicOptions, messageStatusOptions } from '@mao/shared/selectOptions'
import { isEditor } from '../../access/isEditor'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { consentField } from '../../forms'
import { recordStatusChange } from './recordStatusChange'

export const CONTACT_MESSAGES = 'contact-messages'

const readOnlySidebar = { position: 'sidebar', readOnly: true } as const

/**
 * Messages from the site's contact form. Personal data: never readable or writable anonymously
 * (only the form endpoint writes); editors handle them, only admins delete.
 */
export const ContactMessages: CollectionConfig = {
  slug: CONTACT_MESSAGES,
  labels: { singular: 'Bericht', plural: 'Berichten' },
  access: { read: isEditor, create: nobody, update: isEditor, delete: isAdmin },
  // Newest first; the dashboard panel links to the list filtered on status "Nieuw". (The admin list
  // takes a single sort field only.)
  defaultSort: '-receivedAt',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'topic', 'organisation', 'status', 'receivedAt'],
    group: 'Deelname',
    description: 'Berichten via het contactformulier van de site. Persoonsgegevens: alleen voor de redactie.',
  },
  hooks: { beforeChange: [recordStatusChange] },
  fields: [
    {
      name: 'topic',
      label: 'Onderwerp',
      type: 'select',
      required: true,
      options: contactTopicOptions,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Naam', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'email', label: 'E-mail', type: 'email', required: true, admin: { readOnly: true } },
        { name: 'organisation', label: 'Organisatie', type: 'text', admin: { readOnly: true } },
      ],
    },
    { name: 'message', label: 'Bericht', type: 'textarea', required: true, admin: { readOnly: true } },
    {
      name: 'note',
      label: 'Interne notitie',
      type: 'textarea',
      admin: { description: 'Alleen voor het programmabureau; de afzender ziet dit nooit.' },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      options: messageStatusOptions,
      admin: { position: 'sidebar' },
    },
    {
      name: 'handledBy',
      label: 'Status gewijzigd door',
      type: 'relationship',
      relationTo: 'users',
      admin: readOnlySidebar,
    },
    {
      name: 'statusChangedAt',
      label: 'Status gewijzigd op',
      type: 'date',
      admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'receivedAt',
      label: 'Ontvangen op',
      type: 'date',
      index: true,
      admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'forwardedAt',
      label: 'Doorgestuurd naar het programmabureau op',
      type: 'date',
      admin: {
        ...readOnlySidebar,
        date: { pickerAppearance: 'dayAndTime' },
        description:
          'Leeg: niet gemaild, omdat er geen adres in de site-instellingen staat of het verzenden mislukte. Het bericht staat dan alleen hier.',
      },
    },
    consentField(),
  ],
}
