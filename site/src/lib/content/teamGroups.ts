import { type TeamGroup, teamGroupLabels, teamGroupOptions } from '@mao/shared/selectOptions'
import type { CollectionDoc } from './types'

export type TeamMemberDoc = CollectionDoc<'team-members'>

/** A team member the site may show: the person consented and the API returned the name. */
export type PublicTeamMember = TeamMemberDoc & { name: string }

export interface TeamGroupList {
  group: TeamGroup
  label: string
  members: PublicTeamMember[]
}

/**
 * Whether a member may be shown by name. The CMS already withholds the name without consent;
 * checking the consent too keeps an editor's preview or a changed access rule from leaking it.
 */
export const isPublicMember = (member: TeamMemberDoc): member is PublicTeamMember =>
  member.publishConsent === true && Boolean(member.name?.trim())

/** The chosen groups in the groups' own order, each with its public members (in the given order); empty groups left out. */
export function teamGroups(members: readonly TeamMemberDoc[], chosen: readonly TeamGroup[]): TeamGroupList[] {
  const visible = members.filter(isPublicMember)
  return teamGroupOptions
    .filter(({ value }) => chosen.includes(value))
    .map(({ value }) => ({
      group: value,
      label: teamGroupLabels[value],
      members: visible.filter((member) => member.group === value),
    }))
    .filter((group) => group.members.length > 0)
}
