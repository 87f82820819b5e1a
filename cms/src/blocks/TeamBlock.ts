import type { Block } from 'payload'
import { teamGroupOptions } from '@mao/shared/selectOptions'

/**
 * The programme team on a page ("over ons", contact): the chosen groups of `team-members` and,
 * if ticked, the programme office's general contact details from the site settings. People
 * without consent are never shown by name (the API does not return it).
 */
export const TeamBlock: Block = {
  slug: 'team',
  labels: { singular: 'Team en contact', plural: 'Team en contact' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', required: true, defaultValue: 'Team en contact' },
    {
      name: 'groups',
      label: 'Welke onderdelen?',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: teamGroupOptions.map((option) => option.value),
      options: teamGroupOptions,
      admin: {
        description: 'Alleen teamleden die toestemming gaven, staan met naam op de website.',
      },
    },
    {
      name: 'showOfficeContact',
      label: 'Algemene contactgegevens van het programmabureau tonen',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Het e-mailadres, telefoonnummer en adres uit de site-instellingen.' },
    },
  ],
}
