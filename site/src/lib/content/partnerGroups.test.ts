import { describe, expect, it } from 'vitest'
import { partnerRoleOptions } from '@mao/shared/selectOptions'
import { groupPartnersByRole, partnerRoleHeadings, type PartnerDoc } from './partnerGroups'

const partner = (title: string, role: PartnerDoc['role']): PartnerDoc => ({
  id: title,
  title,
  summary: '',
  role,
  description: '',
  logo: null,
  url: 'https://example.org',
  _status: 'published',
})

describe('groupPartnersByRole', () => {
  it('groups in the order of the role options, whatever the order of the partners', () => {
    const groups = groupPartnersByRole([
      partner('AVS', 'agenda'),
      partner('NJi', 'knowledge'),
      partner('Ministerie van OCW', 'ministry'),
      partner('VNG', 'coalition'),
      partner('PO-Raad', 'coalition'),
    ])
    expect(groups.map((group) => group.role)).toEqual(['coalition', 'ministry', 'knowledge', 'agenda'])
    expect(groups.map((group) => group.heading)).toEqual([
      'Coalitiepartners',
      'Ministeries',
      'Kennispartners',
      'Agendaleden',
    ])
    expect(groups[0]?.partners.map((item) => item.title)).toEqual(['VNG', 'PO-Raad'])
    expect(groups[0]?.id).toBe('partners-coalition')
  })

  it('leaves out roles without partners', () => {
    const groups = groupPartnersByRole([partner('NCJ', 'knowledge')])
    expect(groups.map((group) => group.role)).toEqual(['knowledge'])
    expect(groupPartnersByRole([])).toEqual([])
  })

  it('has a plural heading for every role', () => {
    for (const { value, label } of partnerRoleOptions) {
      expect(partnerRoleHeadings[value]).not.toBe(label)
      expect(partnerRoleHeadings[value]).toMatch(/^\p{Lu}/u)
    }
  })
})
