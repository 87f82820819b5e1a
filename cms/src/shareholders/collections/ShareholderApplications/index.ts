import type { CollectionConfig, TextareaFieldValidation } from 'payload'
import { applicationStatusOptions, provinceOptions, sectorOptions } from '@mao/shared/selectOptions'
import { isEditor } from '../../../access/isEditor'
import { isAdmin } from '../../../access/isAdmin'
import { nobody } from '../../../access/nobody'
import { consentField } from '../../../forms'
import { applyEndpoints } from '../../endpoints/apply'
import { confirmEndpoints } from '../../endpoints/confirm'
import { publicListEndpoint } from '../../endpoints/publicList'
import { SHAREHOLDER_APPLICATIONS } from '../../slug'
import { normalizeEmailField } from './hooks/normalizeEmailField'
import { notifyDecision } from './hooks/notifyDecision'
import { recordReview } from './hooks/recordReview'
import { requestRebuildOnChange, requestRebuildOnDelete } from './hooks/requestRebuild'

/** Set by the system only (hooks, endpoints with overrideAccess); read-only for editors. */
const systemOnly = { create: nobody, update: nobody }

export const DECLINE_NOTE_REQUIRED =
  'Schrijf bij een afwijzing een toelichting voor de aanvrager: die staat in de e-mail over het besluit.'

const reviewNoteRequiredWhenDeclined: TextareaFieldValidation = (value, { siblingData }) => {
  const status = (siblingData as { status?: string } | undefined)?.status
  if (status === 'declined' && !value?.trim()) return DECLINE_NOTE_REQUIRED
  if (value && value.length > 5000) return 'De toelichting mag hoogstens 5000 tekens lang zijn.'
  return true
}

/**
 * Aandeelhouder applications from the site's form: double opt-in, then reviewed by the editors.
 * Personal data: never readable or writable anonymously; only the form endpoints create them.
 */
export const ShareholderApplications: CollectionConfig = {
  slug: SHAREHOLDER_APPLICATIONS,
  labels: { singular: 'Aanmelding aandeelhouder', plural: 'Aanmeldingen aandeelhouders' },
  access: { read: isEditor, create: nobody, update: isEditor, delete: isAdmin },
  // Waiting applications first (oldest on top), then the rest by arrival.
  defaultSort: ['reviewPriority', 'createdAt'],
  admin: {
    group: 'Deelname',
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'status', 'sector', 'province', 'name', 'createdAt'],
    listSearchableFields: ['organisation', 'name', 'email'],
    description:
      'Aanmeldingen van organisaties die aandeelhouder willen worden. Beoordeel aanmeldingen met status "Te beoordelen": de aanvrager krijgt een e-mail bij goedkeuren én bij afwijzen.',
  },
  endpoints: [...applyEndpoints, ...confirmEndpoints, publicListEndpoint],
  hooks: {
    beforeChange: [recordReview],
    afterChange: [notifyDecision, requestRebuildOnChange],
    afterDelete: [requestRebuildOnDelete],
  },
  fields: [
    { name: 'organisation', label: 'Organisatie', type: 'text', required: true, maxLength: 200 },
    { name: 'name', label: 'Contactpersoon', type: 'text', required: true, maxLength: 100 },
    {
      name: 'email',
      label: 'E-mailadres',
      type: 'email',
      required: true,
      index: true,
      hooks: { beforeValidate: [normalizeEmailField] },
    },
    { name: 'phone', label: 'Telefoonnummer', type: 'text', maxLength: 30 },
    { name: 'sector', label: 'Sector', type: 'select', required: true, options: sectorOptions },
    { name: 'province', label: 'Provincie', type: 'select', options: provinceOptions },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          label: 'Inspiratieregio (zoals opgegeven)',
          type: 'text',
          maxLength: 120,
          admin: { width: '50%' },
        },
        {
          name: 'regionRef',
          label: 'Inspiratieregio (gekoppeld)',
          type: 'relationship',
          relationTo: 'regions',
          admin: { width: '50%', description: 'Koppel de aanmelding aan een inspiratieregio als die bestaat.' },
        },
      ],
    },
    { name: 'motivation', label: 'Motivatie', type: 'textarea', maxLength: 5000 },
    {
      name: 'showPublicly',
      label: 'Naam van de organisatie mag op de site',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Zoals de aanvrager aangaf. Alleen goedgekeurde organisaties staan op /aandeelhouders.' },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      index: true,
      options: applicationStatusOptions,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      label: 'Toelichting bij het besluit',
      type: 'textarea',
      validate: reviewNoteRequiredWhenDeclined,
      admin: {
        position: 'sidebar',
        description: 'Verplicht bij afwijzen; de aanvrager krijgt deze tekst in de e-mail.',
      },
    },
    {
      name: 'reviewedBy',
      label: 'Beoordeeld door',
      type: 'relationship',
      relationTo: 'users',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewedAt',
      label: 'Beoordeeld op',
      type: 'date',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'statusChangedAt',
      label: 'Status gewijzigd op',
      type: 'date',
      index: true,
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'decisionMail',
      label: 'E-mail over het besluit',
      type: 'group',
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'Elk besluit wordt één keer gemaild. Ververs de pagina na het opslaan om te zien of het versturen lukte.',
      },
      fields: [
        {
          name: 'approvedSentAt',
          label: 'Goedkeuring verstuurd op',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'declinedSentAt',
          label: 'Afwijzing verstuurd op',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'failure', label: 'Versturen mislukt', type: 'text', admin: { readOnly: true } },
      ],
    },
    { ...consentField(), access: systemOnly },
    // Only the SHA-256 of the emailed token is kept; `hidden` keeps both out of every API response.
    { name: 'confirmTokenHash', type: 'text', index: true, hidden: true },
    { name: 'confirmTokenExpiresAt', type: 'date', hidden: true },
    // 0 for waiting applications, so the list's default sort shows them first (see recordReview).
    {
      name: 'reviewPriority',
      type: 'number',
      index: true,
      defaultValue: 1,
      access: systemOnly,
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}
