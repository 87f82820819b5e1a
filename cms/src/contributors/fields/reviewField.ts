import type { SelectField } from 'payload'
import { reviewStatusOptions } from '@mao/shared/selectOptions'

/** Where a draft stands: a contributor sets "Ter beoordeling"; publishing sets it back (`resetReviewOnPublish`). */
export const reviewField = (): SelectField => ({
  name: 'review',
  label: 'Beoordeling',
  type: 'select',
  options: reviewStatusOptions,
  defaultValue: 'draft',
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Bijdragers: kies "Ter beoordeling" en sla het concept op als het klaar is; de redactie publiceert.',
  },
})
