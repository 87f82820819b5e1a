import { describe, expect, it } from 'vitest'
import { groupBySector } from './shareholderGroups'

const org = (name: string, sector: 'gemeente' | 'school' | 'zorg' | 'anders', province = null) => ({
  name,
  sector,
  province,
})

describe('groupBySector', () => {
  it('groups in the sectors’ own order, names A–Z in Dutch, and leaves empty sectors out', () => {
    const groups = groupBySector([
      org('Zorgpunt', 'zorg'),
      org('Gemeente Zwolle', 'gemeente'),
      org('Basisschool Één', 'school'),
      org('gemeente Amersfoort', 'gemeente'),
      org('Gemeente 10 Dorpen', 'gemeente'),
      org('Gemeente 9 Dorpen', 'gemeente'),
    ])
    expect(groups.map((group) => group.sector)).toEqual(['gemeente', 'school', 'zorg'])
    expect(groups[0]?.organisations.map((item) => item.name)).toEqual([
      'Gemeente 9 Dorpen',
      'Gemeente 10 Dorpen',
      'gemeente Amersfoort',
      'Gemeente Zwolle',
    ])
    expect(groups[1]).toMatchObject({ label: 'School of schoolbestuur', id: 'sector-school' })
  })

  it('keeps every organisation exactly once and leaves its input alone', () => {
    const input = [org('B', 'anders'), org('A', 'anders'), org('C', 'zorg')]
    const groups = groupBySector(input)
    expect(groups.flatMap((group) => group.organisations)).toHaveLength(3)
    expect(input.map((item) => item.name)).toEqual(['B', 'A', 'C'])
  })

  it('gives no groups for no organisations', () => {
    expect(groupBySector([])).toEqual([])
  })
})
