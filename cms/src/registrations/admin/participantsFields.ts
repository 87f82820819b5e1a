import type { Field } from 'payload'
import { isEditor } from '../../access/isEditor'
import { REGISTRATIONS } from '../collections/Registrations'

/**
 * The participants on a community's or event's edit view: counts with the CSV export link, and the
 * registrations themselves (a join on `target`), for editors only.
 */
export const participantsFields = (condition?: (data: Record<string, unknown>) => boolean): Field[] => [
  {
    name: 'participantsExport',
    type: 'ui',
    admin: {
      condition: condition ? (data) => condition(data) : undefined,
      components: { Field: '/src/registrations/admin/ParticipantsExport#ParticipantsExport' },
    },
  },
  {
    name: 'participants',
    label: 'Deelnemers',
    type: 'join',
    collection: REGISTRATIONS,
    on: 'target',
    defaultSort: 'sequence',
    defaultLimit: 50,
    maxDepth: 0,
    access: { read: isEditor },
    admin: {
      allowCreate: false,
      defaultColumns: ['sequence', 'name', 'organisation', 'status', 'createdAt'],
      condition: condition ? (data) => condition(data) : undefined,
    },
  },
]
