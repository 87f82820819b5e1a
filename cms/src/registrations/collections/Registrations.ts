import type { CollectionConfig, FieldAccess } from 'payload'
import { registrationStatusOptions } from '@mao/shared/selectOptions'
import { isEditor } from '../../access/isEditor'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { consentField } from '../../forms'
import { SHAREHOLDER_APPLICATIONS } from '../../shareholders'
import { promoteAfterDelete } from '../engine/promoteAfterDelete'
import { targetCollections } from '../targets/targetKey'

export const REGISTRATIONS = 'registrations' as const

/** Written by the engine only (through the adapter); editors may correct a name or organisation. */
const engineOnly: { create: FieldAccess; update: FieldAccess } = { create: nobody, update: nobody }
const readOnly = { readOnly: true }
const dateTime = { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * A person's place at a community or event. Only the registration engine creates rows (see
 * engine/register.ts): each takes the next arrival number of its target, and the first `capacity`
 * active rows are the registered ones; `status` caches that. Personal data: never anonymous;
 * editors and admins read, only admins delete.
 */
export const Registrations: CollectionConfig = {
  slug: REGISTRATIONS,
  labels: { singular: 'Inschrijving', plural: 'Inschrijvingen' },
  access: { read: isEditor, create: nobody, update: isEditor, delete: isAdmin },
  admin: {
    group: 'Deelname',
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'target', 'sequence', 'status', 'createdAt'],
    description:
      'Aanmeldingen voor Communities of Practice en activiteiten. Exporteren kan vanuit de Community of activiteit.',
  },
  defaultSort: '-createdAt',
  hooks: { afterDelete: [promoteAfterDelete] },
  fields: [
    {
      name: 'target',
      label: 'Aanmelding voor',
      type: 'relationship',
      relationTo: [...targetCollections],
      required: true,
      index: true,
      access: engineOnly,
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sequence',
          label: 'Volgnummer',
          type: 'number',
          required: true,
          index: true,
          access: engineOnly,
          admin: readOnly,
        },
        {
          name: 'status',
          label: 'Status',
          type: 'select',
          options: registrationStatusOptions,
          index: true,
          access: engineOnly,
          admin: { ...readOnly, description: 'Volgt uit het volgnummer en het aantal plaatsen.' },
        },
      ],
    },
    { name: 'name', label: 'Naam', type: 'text', required: true },
    {
      name: 'email',
      label: 'E-mailadres',
      type: 'email',
      required: true,
      index: true,
      access: engineOnly,
      admin: readOnly,
    },
    { name: 'organisation', label: 'Organisatie', type: 'text' },
    {
      name: 'shareholder',
      label: 'Aandeelhouder (goedgekeurde aanmelding)',
      type: 'relationship',
      relationTo: SHAREHOLDER_APPLICATIONS,
      access: engineOnly,
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        { name: 'promotedAt', label: 'Van wachtlijst geplaatst op', type: 'date', access: engineOnly, admin: dateTime },
        {
          name: 'cancelledAt',
          label: 'Afgemeld op',
          type: 'date',
          index: true,
          access: engineOnly,
          admin: dateTime,
        },
      ],
    },
    { ...consentField(), access: engineOnly },
    // `<targetKey>` (communities:<id> or events:<id>): what the engine queries by.
    { name: 'targetKey', type: 'text', required: true, index: true, access: engineOnly, admin: { hidden: true } },
    // `<targetKey>#<sequence>`: the unique index lets exactly one racing registration take a number.
    { name: 'slot', type: 'text', required: true, unique: true, access: engineOnly, admin: { hidden: true } },
    // `<targetKey>#<hash of the email>` while active (one active registration per person and
    // target), suffixed with the row id once cancelled so the person can register again.
    { name: 'activeKey', type: 'text', required: true, unique: true, access: engineOnly, admin: { hidden: true } },
    { name: 'cancelTokenHash', type: 'text', index: true, hidden: true, access: engineOnly },
  ],
}
