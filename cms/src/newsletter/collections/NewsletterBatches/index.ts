import type { CollectionConfig } from 'payload'
import { hasAdminRole } from '../../../access/hasAdminRole'
import { isAdmin } from '../../../access/isAdmin'
import { nobody } from '../../../access/nobody'

export type BatchRecipient = { id: string; email: string }
export type BatchResult = { id: string; emailId?: string; error?: string }

/**
 * The recipients of an edition, frozen into numbered batches of at most 100 when sending
 * starts, with each batch's outcome. A restart sends the first batch without an outcome, with
 * the same idempotency key, so nobody is mailed twice or skipped. Written only by the sender.
 */
export const NewsletterBatches: CollectionConfig = {
  slug: 'newsletter-batches',
  labels: { singular: 'Verzendbatch', plural: 'Verzendbatches' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['idempotencyKey', 'status', 'size', 'attempts', 'sentAt'],
    group: 'Nieuwsbrief',
    hidden: ({ user }) => !hasAdminRole(user),
  },
  fields: [
    {
      name: 'newsletter',
      label: 'Nieuwsupdate',
      type: 'relationship',
      relationTo: 'newsletters',
      required: true,
      index: true,
    },
    { name: 'number', label: 'Batchnummer', type: 'number', required: true, index: true },
    { name: 'idempotencyKey', label: 'Idempotency-Key', type: 'text', required: true, unique: true },
    { name: 'size', label: 'Aantal ontvangers', type: 'number', required: true },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Nog te versturen', value: 'pending' },
        { label: 'Verstuurd', value: 'sent' },
        { label: 'Geweigerd', value: 'failed' },
      ],
    },
    { name: 'recipients', label: 'Ontvangers', type: 'json', required: true },
    { name: 'results', label: 'Resultaat per ontvanger', type: 'json' },
    { name: 'attempts', label: 'Pogingen', type: 'number', defaultValue: 0 },
    { name: 'error', label: 'Fout', type: 'text' },
    { name: 'sentAt', label: 'Verstuurd op', type: 'date' },
  ],
}
