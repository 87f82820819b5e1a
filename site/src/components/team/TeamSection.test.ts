import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import { teamGroups, type TeamMemberDoc } from '../../lib/content/teamGroups'
import TeamSection from './TeamSection.astro'

const members: TeamMemberDoc[] = [
  {
    id: '1',
    name: 'Noor Verbeek (voorbeeld)',
    role: 'Programmasecretaris',
    organisation: 'Programmabureau',
    email: 'n.verbeek@example.org',
    phone: '030 123 45 67',
    publishConsent: true,
    group: 'office',
    photo: null,
    order: 1,
    _status: 'published',
  },
  // What the API returns for a member without consent: no name, no details.
  { id: '2', publishConsent: false, group: 'leadership', photo: null, order: 1, _status: 'published' },
  // Consent withdrawn while an old name still came through (e.g. an editor's preview): never shown.
  {
    id: '3',
    name: 'Zonder Toestemming',
    email: 'geheim@example.org',
    publishConsent: false,
    group: 'office',
    photo: null,
    order: 2,
    _status: 'published',
  },
]

const office = { email: 'info@example.org', phone: '070 123 45 67', address: 'Postbus 1\n2500 AA Den Haag' }

const render = async (props: Record<string, unknown>) => {
  const container = await experimental_AstroContainer.create()
  return container.renderToString(TeamSection, { props: { heading: 'Team en contact', id: 'block-2', ...props } })
}

let html: string

beforeAll(async () => {
  html = await render({ groups: teamGroups(members, ['leadership', 'office']), office })
})

describe('TeamSection', () => {
  it('shows the office’s general contact and the consenting members with their details', () => {
    expect(html).toMatch(/<section [^>]*aria-labelledby="block-2"/)
    expect(html).toMatch(/<h2[^>]*id="block-2"[^>]*>\s*Team en contact\s*<\/h2>/)
    expect(html).toContain('Algemeen contact</h3>')
    expect(html).toContain('href="mailto:info@example.org"')
    expect(html).toContain('href="tel:0701234567"')
    expect(html).toContain('Postbus 1, 2500 AA Den Haag')
    expect(html).toContain('Noor Verbeek (voorbeeld)')
    expect(html).toContain('Programmasecretaris, Programmabureau')
    expect(html).toContain('href="mailto:n.verbeek@example.org"')
    expect(html).toContain('href="tel:0301234567"')
  })

  it('never shows people without consent, and leaves their empty group out', () => {
    expect(html).not.toContain('Zonder Toestemming')
    expect(html).not.toContain('geheim@example.org')
    expect(html).not.toContain('Programmaleiding')
    expect(html).toContain('Programmabureau</h3>')
  })

  it('leaves the office contact out when not asked for, and renders nothing when nothing is left', async () => {
    const withoutOffice = await render({ groups: teamGroups(members, ['office']), office: null })
    expect(withoutOffice).not.toContain('info@example.org')
    expect(withoutOffice).not.toContain('Algemeen contact')
    expect(withoutOffice).toContain('Noor Verbeek (voorbeeld)')
    expect((await render({ groups: teamGroups(members, ['leadership']), office: null })).trim()).toBe('')
    expect((await render({ groups: [], office: { email: ' ' } })).trim()).toBe('')
  })
})
