import type { TextareaField } from 'payload'

export const SUMMARY_MAX_LENGTH = 300

/** The short text shown in lists, search results and the newsletter. */
export const summaryField = (): TextareaField => ({
  name: 'summary',
  label: 'Samenvatting',
  type: 'textarea',
  required: true,
  maxLength: SUMMARY_MAX_LENGTH,
  admin: {
    description: `Korte inleiding voor overzichten, zoekresultaten en de nieuwsbrief (max. ${SUMMARY_MAX_LENGTH} tekens).`,
  },
})
