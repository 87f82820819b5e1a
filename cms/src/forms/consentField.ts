import type { GroupField } from 'payload'

/**
 * What the sender agreed to (see consentTexts): set by the form endpoint, read-only in the
 * admin, so the record shows exactly the text, version and moment of consent.
 */
export const consentField = (): GroupField => ({
  name: 'consent',
  label: 'Toestemming',
  type: 'group',
  admin: {
    readOnly: true,
    description: 'De tekst waarmee de afzender akkoord ging, de versie ervan en het moment.',
  },
  fields: [
    { name: 'text', label: 'Tekst', type: 'textarea', admin: { readOnly: true } },
    { name: 'privacyVersion', label: 'Versie', type: 'text', admin: { readOnly: true } },
    {
      name: 'givenAt',
      label: 'Gegeven op',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
})
