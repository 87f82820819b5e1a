import type { GroupField } from 'payload'
import { isEditor } from '../../access/isEditor'
import { nobody } from '../../access/nobody'
import { consentField } from '../../forms'

/**
 * Who sent a document in through the site's forms, when, and the consent they gave. Logged-in
 * users only: never in the public REST API, so never on the site, even once the document is
 * published. Only the form endpoint writes it (with overrideAccess); an editor's save keeps it.
 */
export const submissionField = (): GroupField => ({
  name: 'submission',
  label: 'Ingestuurd via de site',
  type: 'group',
  access: { read: isEditor, create: nobody, update: nobody },
  admin: {
    readOnly: true,
    condition: (data) => Boolean((data as { submission?: { submittedAt?: unknown } }).submission?.submittedAt),
    description: 'Wie dit via het formulier op de site instuurde. Niet openbaar.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Naam', type: 'text' },
        { name: 'email', label: 'E-mail', type: 'email' },
        { name: 'organisation', label: 'Organisatie', type: 'text' },
      ],
    },
    { name: 'submittedAt', label: 'Ingestuurd op', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    consentField(),
  ],
})
