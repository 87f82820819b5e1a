import type { CollectionConfig } from 'payload'
import { newsletterSections, UPCOMING_EVENT_WEEKS } from '@mao/shared/newsletterSections'
import { isEditor } from '../../../access/isEditor'
import { nobody } from '../../../access/nobody'
import { sentOrEditor } from '../../access/sentOrEditor'
import { unsentAndEditor } from '../../access/unsentAndEditor'
import { previewEndpoint } from '../../endpoints/preview'
import { progressEndpoint } from '../../endpoints/progress'
import { decideBatchEndpoint } from '../../endpoints/decideBatch'
import { sendEndpoint } from '../../endpoints/send'
import { sendTestEndpoint } from '../../endpoints/sendTest'
import { assignEdition } from './hooks/assignEdition'
import { fillItems } from './hooks/fillItems'
import { guardStatus } from './hooks/guardStatus'

export const newsletterStatuses = [
  { label: 'Concept', value: 'draft' },
  { label: 'Goedgekeurd', value: 'approved' },
  { label: 'Wordt verstuurd', value: 'sending' },
  { label: 'Verstuurd', value: 'sent' },
] as const

const sectionHeadings = newsletterSections
  .map(({ heading }) => `"${heading}"`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' en $1')
const admin = (name: string) => `/src/newsletter/admin/${name}#${name}`
/** Send internals (progress, log): editors read them, only the sender writes them. */
const internal = { read: isEditor, create: nobody, update: nobody }

/**
 * One edition of the biweekly news update. The scheduled job (or an editor) creates a draft
 * filled with the latest items; editors reorder, preview, test, approve and send it.
 */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: { singular: 'Nieuwsupdate', plural: 'Nieuwsupdates' },
  access: { read: sentOrEditor, create: isEditor, update: isEditor, delete: unsentAndEditor },
  defaultSort: '-edition',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['edition', 'title', 'status', 'sentAt'],
    group: 'Nieuwsbrief',
    description: `Elke twee weken staat hier automatisch een concept klaar met het nieuws en de goede voorbeelden van de afgelopen periode en de activiteiten van de komende ${UPCOMING_EVENT_WEEKS} weken.`,
  },
  hooks: { beforeValidate: [assignEdition, fillItems], beforeChange: [guardStatus] },
  endpoints: [previewEndpoint, progressEndpoint, sendTestEndpoint, sendEndpoint, decideBatchEndpoint],
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Inhoud',
          fields: [
            { name: 'title', label: 'Titel (ook de onderwerpregel)', type: 'text', maxLength: 150 },
            {
              name: 'intro',
              label: 'Inleiding',
              type: 'textarea',
              maxLength: 2000,
              admin: { description: 'Een lege regel begint een nieuwe alinea.' },
            },
            {
              name: 'items',
              label: 'Onderdelen',
              labels: { singular: 'Onderdeel', plural: 'Onderdelen' },
              type: 'array',
              maxRows: 40,
              admin: {
                description: `De e-mail zet de onderdelen onder de kopjes ${sectionHeadings}, in deze volgorde; sleep om de volgorde binnen een kopje te veranderen. Alleen gepubliceerde berichten, voorbeelden en activiteiten komen in de e-mail.`,
                initCollapsed: false,
              },
              fields: [
                {
                  name: 'item',
                  label: 'Bericht, voorbeeld of activiteit',
                  type: 'relationship',
                  relationTo: ['news', 'practices', 'events'],
                  required: true,
                },
              ],
            },
          ],
        },
        {
          label: 'Voorbeeld en test',
          fields: [
            { name: 'preview', type: 'ui', admin: { components: { Field: admin('EditionPreview') } } },
            { name: 'sendTest', type: 'ui', admin: { components: { Field: admin('SendTestForm') } } },
          ],
        },
        {
          label: 'Verzendlog',
          fields: [
            {
              name: 'sendLog',
              label: 'Verzendlog',
              type: 'array',
              access: internal,
              admin: { readOnly: true },
              fields: [
                { name: 'at', label: 'Tijdstip', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
                { name: 'message', label: 'Melding', type: 'text' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'edition',
      label: 'Nummer',
      type: 'number',
      unique: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [...newsletterStatuses],
      admin: {
        position: 'sidebar',
        description: 'Keur goed als de inhoud klaar is; versturen doe je daarna met de knop hieronder.',
      },
    },
    { name: 'sendPanel', type: 'ui', admin: { position: 'sidebar', components: { Field: admin('SendPanel') } } },
    {
      name: 'periodStart',
      label: 'Berichten gepubliceerd na',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'periodEnd',
      label: 'Tot en met',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      label: 'Verstuurd op',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'progress',
      label: 'Voortgang',
      type: 'group',
      access: internal,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => data?.status === 'sending' || data?.status === 'sent',
      },
      fields: [
        { name: 'total', label: 'Ontvangers', type: 'number', defaultValue: 0 },
        { name: 'sent', label: 'Verstuurd', type: 'number', defaultValue: 0 },
        { name: 'failed', label: 'Mislukt', type: 'number', defaultValue: 0 },
        { name: 'uncertain', label: 'Onzeker', type: 'number', defaultValue: 0 },
        { name: 'startedAt', label: 'Gestart op', type: 'date' },
        { name: 'pausedReason', label: 'Gepauzeerd omdat', type: 'text' },
      ],
    },
    // What is sent, frozen when sending starts (content, sender, reply-to and the URLs the
    // unsubscribe links and headers are built from), so every batch (and every retry with the
    // same idempotency key, even after a configuration change and a restart) carries exactly the
    // same payload.
    {
      name: 'snapshot',
      type: 'group',
      hidden: true,
      fields: [
        { name: 'subject', type: 'text' },
        { name: 'html', type: 'textarea' },
        { name: 'text', type: 'textarea' },
        { name: 'envelope', type: 'json' },
        { name: 'recipientsComplete', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}
