import { describe, expect, it } from 'vitest'
import { pages } from './content/pages'
import { pageLayout } from './pageLayout'

const team = { heading: 'Team en contact', groups: ['leadership' as const, 'office' as const], showOfficeContact: true }
const cta = { heading: 'Kop', text: 'Tekst', label: 'Knop', url: '/ergens' }
const types = (layout: Record<string, unknown>[]) => layout.map((block) => block.blockType)

describe('pageLayout with a team block', () => {
  it('puts the team after the text and call to action, before the form', () => {
    expect(types(pageLayout({ body: [{ p: 'x' }], cta, team, form: 'contact' }))).toEqual([
      'richText',
      'callToAction',
      'team',
      'participationForm',
    ])
  })

  it('puts the team first with atStart, the form still last', () => {
    const layout = pageLayout({ body: [{ p: 'x' }], team: { ...team, atStart: true }, form: 'contact' })
    expect(types(layout)).toEqual(['team', 'richText', 'participationForm'])
    expect(layout[0]).toEqual({ blockType: 'team', ...team })
  })

  it('is on the seeded "over ons" and contact pages, and on no others', () => {
    const withTeam = pages.filter((page) => types(pageLayout(page)).includes('team')).map((page) => page.slug)
    expect(withTeam.sort()).toEqual(['contact', 'over-ons'])
  })
})
