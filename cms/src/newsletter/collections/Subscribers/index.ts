import type { CollectionConfig, Field } from 'payload'
import { hasAdminRole } from '../../../access/hasAdminRole'
import { isAdmin } from '../../../access/isAdmin'
import { confirmEndpoints } from '../../endpoints/confirm'
import { consentEndpoint } from '../../endpoints/consent'
import { subscribeEndpoint, subscribePreflight } from '../../endpoints/subscribe'
import { unsubscribeEndpoint, unsubscribeLinkEndpoint } from '../../endpoints/unsubscribe'
import { signupForms } from '../../subscribe/consent'
import { randomToken } from '../../../http/linkTokens'
import { normalizeEmailField } from './hooks/normalizeEmailField'

export const subscriberStatuses = [
  { label: 'Wacht op bevestiging', value: 'pending' },
  { label: 'Aangemeld', value: 'confirmed' },
  { label: 'Afgemeld', value: 'unsubscribed' },
  { label: 'Onbestelbaar (bounce)', value: 'bounced' },
  { label: 'Klacht (spam)', value: 'complained' },
] as const

/**
 * People who signed up for the news update. Personal data: only admins can see or change them,
 * anonymous visitors only reach the sign-up, confirm and unsubscribe endpoints.
 */
/** What was shown and used when someone signed up: kept for the consent and for a re-subscription. */
const consentRecordFields: Field[] = [
  {
    name: 'form',
    label: 'Formulier',
    type: 'select',
    options: signupForms.map((value) => ({ label: value, value })),
    admin: { readOnly: true },
  },
  { name: 'consentText', label: 'Getoonde toestemmingstekst', type: 'textarea', admin: { readOnly: true } },
  { name: 'privacyVersion', label: 'Versie privacyverklaring', type: 'text', admin: { readOnly: true } },
]

export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: 'Abonnee', plural: 'Abonnees' },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'status', 'createdAt'],
    group: 'Nieuwsbrief',
    hidden: ({ user }) => !hasAdminRole(user),
    description: 'Persoonsgegevens: alleen zichtbaar voor beheerders.',
  },
  endpoints: [
    subscribeEndpoint,
    subscribePreflight,
    ...confirmEndpoints,
    unsubscribeEndpoint,
    unsubscribeLinkEndpoint,
    consentEndpoint,
  ],
  fields: [
    {
      name: 'email',
      label: 'E-mailadres',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [normalizeEmailField] },
    },
    { name: 'name', label: 'Naam', type: 'text', maxLength: 100 },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...subscriberStatuses],
      admin: { position: 'sidebar' },
    },
    {
      name: 'statusChangedAt',
      label: 'Status gewijzigd op',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'statusReason',
      label: 'Reden van de laatste wijziging',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'consent',
      label: 'Toestemming',
      type: 'group',
      admin: { description: 'Wanneer en waarmee deze persoon toestemming gaf (AVG).' },
      fields: [
        { name: 'signedUpAt', label: 'Aangemeld op', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'confirmedAt', label: 'Bevestigd op', type: 'date', admin: { readOnly: true } },
        ...consentRecordFields,
      ],
    },
    {
      name: 'unsubscribedAt',
      label: 'Afgemeld op',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, description: 'De laatste afmelding; blijft bewaard.' },
    },
    {
      name: 'bouncedAt',
      label: 'Onbestelbaar gemeld op',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, description: 'De laatste harde bounce; blijft bewaard.' },
    },
    {
      name: 'resubscribe',
      label: 'Nieuwe aanmelding (nog niet bevestigd)',
      type: 'group',
      admin: {
        description:
          'Iemand meldde dit afgemelde adres opnieuw aan. Pas na bevestiging wordt dit de toestemming hierboven; tot dan blijft de afmelding staan.',
        condition: (data) => Boolean(data?.resubscribe?.signedUpAt),
      },
      fields: [
        { name: 'signedUpAt', label: 'Aangemeld op', type: 'date', admin: { readOnly: true } },
        ...consentRecordFields,
      ],
    },
    // Only the SHA-256 of the emailed token is kept; `hidden` keeps both out of every API response.
    { name: 'confirmTokenHash', type: 'text', index: true, hidden: true },
    { name: 'confirmTokenExpiresAt', type: 'date', hidden: true },
    // Random and stored, not derived from the id: links keep working when PAYLOAD_SECRET changes,
    // and a deleted row's id reused by SQLite never makes an old link match somebody else.
    {
      name: 'unsubscribeToken',
      type: 'text',
      unique: true,
      index: true,
      hidden: true,
      defaultValue: () => randomToken(),
    },
    // Rows that existed before the stored tokens (set by the migration): their emails carry the
    // old `<id>.<HMAC>` link, still honoured for them only, so a reused id matches nobody.
    { name: 'legacyUnsubscribeLink', type: 'checkbox', defaultValue: false, hidden: true },
  ],
  timestamps: true,
}
