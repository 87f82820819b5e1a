import type { CollectionConfig } from 'payload'
import { teamGroupOptions } from '@mao/shared/selectOptions'
import { consentedOrEditor } from '../../access/consentedOrEditor'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { contactPersonFields } from '../../fields/contactPerson'
import { publishedAtField } from '../../fields/publishedAt'

/**
 * The programme leadership and the programme office, shown by the team block (on "over ons" and
 * the contact page). As for every contact person, name and details are public only with consent.
 */
export const TeamMembers: CollectionConfig = {
  slug: 'team-members',
  labels: { singular: 'Teamlid', plural: 'Programmateam' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'order',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'group', 'publishConsent', '_status'], group: 'Netwerk' },
  fields: [
    ...contactPersonFields({ nameRequired: true }),
    { name: 'group', label: 'Onderdeel', type: 'select', required: true, options: teamGroupOptions },
    {
      name: 'photo',
      label: 'Foto',
      type: 'upload',
      relationTo: 'media',
      access: { read: consentedOrEditor('publishConsent') },
    },
    {
      name: 'order',
      label: 'Volgorde',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lager staat eerder.' },
    },
    publishedAtField(),
  ],
}
