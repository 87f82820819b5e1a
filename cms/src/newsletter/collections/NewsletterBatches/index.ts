import type { CollectionConfig } from 'payload'
import { hasAdminRole } from '../../../access/hasAdminRole'
import { isAdmin } from '../../../access/isAdmin'
import { nobody } from '../../../access/nobody'

/** `token` is the subscriber's unsubscribe token, frozen with the recipient (see freezeRecipients). */
export type BatchRecipient = { id: string; email: string; token?: string }
export type BatchResult = { id: string; emailId?: string; error?: string }

export const batchStatuses = [
  { label: 'Nog te versturen', value: 'pending' },
  { label: 'Verstuurd', value: 'sent' },
  { label: 'Geweigerd', value: 'failed' },
  // Maybe sent, maybe not, and no longer safe to retry by itself (Resend forgets an idempotency
  // key after 24 hours, or refused it for another payload): an editor decides.
  { label: 'Onzeker', value: 'uncertain' },
] as const

/**
 * The recipients of an edition, frozen into numbered batches of at most 100 when sending
 * starts, with each batch's outcome. A restart sends the first batch without an outcome, with
 * the same idempotency key, so nobody is mailed twice or skipped. Written only by the sender
 * (and by an editor's decision on an uncertain batch, through the newsletter's endpoint).
 */
export const NewsletterBatches: CollectionConfig = {
  slug: 'newsletter-batches',
  labels: { singular: 'Verzendbatch', plural: 'Verzendbatches' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['idempotencyKey', 'status', 'size', 'failed', 'attempts', 'firstAttemptAt', 'sentAt'],
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
    {
      name: 'idempotencyKey',
      label: 'Idempotency-Key',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'Naar Resend gaat deze sleutel met het installatie-id ervoor (zie INSTALLATION_ID).' },
    },
    { name: 'size', label: 'Aantal ontvangers', type: 'number', required: true },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...batchStatuses],
    },
    { name: 'recipients', label: 'Ontvangers', type: 'json', required: true },
    { name: 'results', label: 'Resultaat per ontvanger', type: 'json' },
    { name: 'failed', label: 'Geweigerde ontvangers', type: 'number', defaultValue: 0 },
    { name: 'skipped', label: 'Overgeslagen (afgemeld of onbestelbaar)', type: 'number', defaultValue: 0 },
    { name: 'attempts', label: 'Pogingen', type: 'number', defaultValue: 0 },
    // Written before the first request leaves: Resend keeps an idempotency key for 24 hours, so a
    // batch first tried longer ago than that cannot be retried safely.
    { name: 'firstAttemptAt', label: 'Eerste poging op', type: 'date' },
    { name: 'error', label: 'Fout', type: 'text' },
    { name: 'sentAt', label: 'Verstuurd op', type: 'date' },
    { name: 'decision', label: 'Besluit redacteur', type: 'text' },
  ],
}
