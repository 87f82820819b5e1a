import { type PartnerRole, partnerRoleOptions } from '@mao/shared/selectOptions'
import type { CollectionDoc } from './types'

export type PartnerDoc = CollectionDoc<'partners'>

/** The heading of each role's group on `/partners` (the role labels are singular). */
export const partnerRoleHeadings: Record<PartnerRole, string> = {
  coalition: 'Coalitiepartners',
  ministry: 'Ministeries',
  knowledge: 'Kennispartners',
  agenda: 'Agendaleden',
}

export interface PartnerGroup {
  role: PartnerRole
  heading: string
  /** The section's id on the page. */
  id: string
  partners: PartnerDoc[]
}

/** The partners per role, in the roles' own order, keeping the given order within a role; empty roles left out. */
export function groupPartnersByRole(partners: readonly PartnerDoc[]): PartnerGroup[] {
  return partnerRoleOptions
    .map(({ value }) => ({
      role: value,
      heading: partnerRoleHeadings[value],
      id: `partners-${value}`,
      partners: partners.filter((partner) => partner.role === value),
    }))
    .filter((group) => group.partners.length > 0)
}
