import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import { groupPartnersByRole, type PartnerDoc } from '../../lib/content/partnerGroups'
import PartnerGroups from './PartnerGroups.astro'

const logo = {
  id: '9',
  alt: 'Alt-tekst uit de mediabibliotheek',
  url: '/api/media/file/logo-vng.png',
  mimeType: 'image/png',
  width: 400,
  height: 400,
}

const partners: PartnerDoc[] = [
  {
    id: '1',
    title: 'VNG',
    summary: 'Samenvatting.',
    role: 'coalition',
    description: 'De vereniging van gemeenten.',
    logo,
    url: 'https://www.vng.nl',
    _status: 'published',
  },
  {
    id: '2',
    title: 'NJi',
    summary: 'Alleen een samenvatting.',
    role: 'knowledge',
    description: '',
    logo: null,
    url: 'javascript:alert(1)',
    _status: 'published',
  },
]

let html: string

beforeAll(async () => {
  const container = await experimental_AstroContainer.create()
  html = await container.renderToString(PartnerGroups, { props: { groups: groupPartnersByRole(partners) } })
})

describe('PartnerGroups', () => {
  it('heads each role with its plural, in order, with in-page links', () => {
    const headings = [...html.matchAll(/<h2[^>]*id="([^"]+)"[^>]*>\s*([^<]+?)\s*</g)].map((match) => [
      match[1],
      match[2],
    ])
    expect(headings).toEqual([
      ['partners-roles', 'Per rol'],
      ['partners-coalition', 'Coalitiepartners'],
      ['partners-knowledge', 'Kennispartners'],
    ])
    expect(html).toContain('href="#partners-knowledge"')
  })

  it('shows the logo with the partner’s name as alt text, the name as text and the description', () => {
    expect(html).toMatch(/<img [^>]*alt="VNG"/)
    expect(html).not.toContain('Alt-tekst uit de mediabibliotheek')
    expect(html).toMatch(/<h3[^>]*>VNG<\/h3>/)
    expect(html).toContain('De vereniging van gemeenten.')
    expect(html).toContain('Alleen een samenvatting.')
  })

  it('links to the website as an external link, and only when the address is safe', () => {
    expect(html).toMatch(/<a [^>]*href="https:\/\/www\.vng\.nl" rel="external"[^>]*>\s*Website van VNG\s*<\/a>/)
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('Website van NJi')
  })
})
