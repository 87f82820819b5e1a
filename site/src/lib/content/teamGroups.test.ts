import { describe, expect, it } from 'vitest'
import { isPublicMember, teamGroups, type TeamMemberDoc } from './teamGroups'

const member = (id: string, group: TeamMemberDoc['group'], fields: Partial<TeamMemberDoc> = {}): TeamMemberDoc => ({
  id,
  name: `Persoon ${id}`,
  publishConsent: true,
  group,
  photo: null,
  order: 0,
  _status: 'published',
  ...fields,
})

describe('teamGroups', () => {
  it('gives the chosen groups in the options order, members in the given order', () => {
    const groups = teamGroups(
      [member('1', 'office'), member('2', 'leadership'), member('3', 'office')],
      ['office', 'leadership'],
    )
    expect(groups.map((group) => [group.label, group.members.map((item) => item.id)])).toEqual([
      ['Programmaleiding', ['2']],
      ['Programmabureau', ['1', '3']],
    ])
  })

  it('shows only the chosen groups and leaves empty ones out', () => {
    const members = [member('1', 'office'), member('2', 'leadership', { publishConsent: false, name: null })]
    expect(teamGroups(members, ['leadership'])).toEqual([])
    expect(teamGroups(members, ['leadership', 'office']).map((group) => group.group)).toEqual(['office'])
  })

  it('never shows a member without consent, even when a name came through', () => {
    expect(isPublicMember(member('1', 'office', { publishConsent: false }))).toBe(false)
    expect(isPublicMember(member('2', 'office', { publishConsent: null }))).toBe(false)
    expect(isPublicMember(member('3', 'office', { name: '  ' }))).toBe(false)
    expect(isPublicMember(member('4', 'office'))).toBe(true)
  })
})
