import type { GroupField } from 'payload'
import { isAdmin } from '../../access/isAdmin'

export const RETENTION_DEFAULTS = { contactMessagesDays: 365, declinedApplicationsDays: 90 } as const

const days = (name: keyof typeof RETENTION_DEFAULTS, label: string, description: string) => ({
  name,
  label,
  type: 'number' as const,
  required: true,
  min: 1,
  defaultValue: RETENTION_DEFAULTS[name],
  admin: { description, step: 1 },
  validate: (value: number | null | undefined) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1
      ? true
      : 'Vul een heel aantal dagen in, minstens 1.',
})

/**
 * Site settings group `retention`: how long messages and declined applications are kept; a daily
 * job deletes what is older (see purgeExpired). The privacy statement names these terms, so only
 * admins change them.
 */
export const retentionField: GroupField = {
  name: 'retention',
  label: 'Bewaartermijnen',
  type: 'group',
  access: { update: isAdmin },
  admin: {
    description:
      'Hoe lang persoonsgegevens bewaard blijven; elke nacht wordt verwijderd wat ouder is. Pas bij een wijziging ook de privacyverklaring aan.',
  },
  fields: [
    days('contactMessagesDays', 'Contactberichten (dagen na ontvangst)', 'Standaard 365 dagen.'),
    days(
      'declinedApplicationsDays',
      'Afgewezen aanmeldingen als aandeelhouder (dagen na het besluit)',
      'Standaard 90 dagen.',
    ),
  ],
}
