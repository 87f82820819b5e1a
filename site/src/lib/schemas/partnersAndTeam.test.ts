import { describe, expect, it } from 'vitest'
import { pageSchema } from './pages'
import { partnerSchema } from './partners'
import { teamMemberSchema } from './teamMembers'

const partner = { id: 3, title: 'VNG', summary: 'Gemeenten.', url: 'https://www.vng.nl', _status: 'published' }

describe('partner schema', () => {
  it('keeps the role and description and needs a known role', () => {
    expect(partnerSchema.parse({ ...partner, role: 'ministry', description: ' Beleid. ' })).toMatchObject({
      role: 'ministry',
      description: 'Beleid.',
    })
    expect(partnerSchema.parse({ ...partner, role: 'coalition', description: null }).description).toBe('')
    expect(partnerSchema.safeParse({ ...partner, role: 'sponsor' }).success).toBe(false)
    expect(partnerSchema.safeParse(partner).success).toBe(false)
  })
})

describe('team member schema', () => {
  it('accepts a member whose personal fields the API withheld', () => {
    const member = teamMemberSchema.parse({ id: 1, publishConsent: false, group: 'leadership', _status: 'published' })
    expect(member).toMatchObject({ id: '1', photo: null, order: 0 })
    expect(member.name).toBeUndefined()
  })

  it('refuses drafts and unknown groups', () => {
    expect(teamMemberSchema.safeParse({ id: 1, group: 'office', _status: 'draft' }).success).toBe(false)
    expect(teamMemberSchema.safeParse({ id: 1, group: 'board', _status: 'published' }).success).toBe(false)
  })
})

describe('team block', () => {
  const page = (block: Record<string, unknown>) =>
    pageSchema.parse({
      id: 1,
      title: 'Over ons',
      summary: '',
      slug: 'over-ons',
      updatedAt: '2026-01-01T00:00:00.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
      _status: 'published',
      layout: [{ blockType: 'team', ...block }],
    }).layout[0]

  it('is a known block with its groups and office contact choice', () => {
    expect(page({ heading: 'Team en contact', groups: ['office'], showOfficeContact: true })).toMatchObject({
      blockType: 'team',
      groups: ['office'],
      showOfficeContact: true,
    })
    expect(page({ heading: 'Team', groups: [] })).toMatchObject({ showOfficeContact: false })
  })

  it('refuses an unknown group rather than showing it as an unknown block', () => {
    expect(() => page({ heading: 'Team', groups: ['board'] })).toThrow()
  })
})
