import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import { participationPaths, sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths } from '@mao/shared/urls'
import type { CommunityDoc, EventDoc, SiteContent, ThemeDoc } from '../../lib/content/types'
import type { Availability } from '../../lib/forms/availability'
import CoalitionPartners from './CoalitionPartners.astro'
import OpenCommunities from './OpenCommunities.astro'
import ShareholderCall from './ShareholderCall.astro'
import UpcomingEvents from './UpcomingEvents.astro'

const community = (id: string, title: string) =>
  ({ id, title, slug: title.toLowerCase(), summary: `Over ${title}.`, theme: 't1' }) as CommunityDoc
const themes = [{ id: 't1', title: 'Thuisnabij onderwijs' }] as ThemeDoc[]
const places = (state: Availability['state'], registered = 5): Availability => ({
  capacity: 15,
  registered,
  waitlist: 0,
  state,
})
const communities = [
  community('1', 'Gesloten'),
  community('2', 'Wachtlijst'),
  community('3', 'Open'),
  community('4', 'Zonder'),
]

let container: experimental_AstroContainer
beforeAll(async () => {
  container = await experimental_AstroContainer.create()
})

describe('OpenCommunities', () => {
  it('shows the communities one can still register for, open ones first, with their places', async () => {
    const availability = new Map([
      ['communities:1', places('closed')],
      ['communities:2', places('waitlist', 15)],
      ['communities:3', places('open', 5)],
    ])
    const html = await container.renderToString(OpenCommunities, { props: { communities, availability, themes } })
    const titles = [...html.matchAll(/class="utrecht-link utrecht-link--html-a mao-card__link"[^>]*>([^<]+)</g)].map(
      (match) => match[1],
    )
    expect(titles).toEqual(['Open', 'Wachtlijst'])
    expect(html).toContain('Open: nog 10 van de 15 plaatsen vrij · Thuisnabij onderwijs')
    expect(html).toContain('Vol: aanmelden kan voor de wachtlijst')
    expect(html).toContain(`href="${collectionPaths.communities}"`)
    expect(html).toContain('Alle communities')
  })

  it('is left out when registration is closed everywhere or unknown', async () => {
    const availability = new Map([['communities:1', places('closed')]])
    const html = await container.renderToString(OpenCommunities, { props: { communities, availability, themes } })
    expect(html.trim()).toBe('')
  })
})

describe('UpcomingEvents', () => {
  const event = (slug: string, startsAt: string) =>
    ({ id: slug, slug, title: slug, summary: '', startsAt, endsAt: startsAt, kind: 'meeting' }) as EventDoc
  const now = new Date('2030-01-01T00:00:00Z')

  it('lists the next three events and links the agenda', async () => {
    const events = ['2030-04-01', '2029-01-01', '2030-02-01', '2030-03-01', '2030-05-01'].map((day, index) =>
      event(`activiteit-${index}`, `${day}T10:00:00Z`),
    )
    const html = await container.renderToString(UpcomingEvents, { props: { events, now } })
    expect([...html.matchAll(/href="\/agenda\/(activiteit-\d)"/g)].map((match) => match[1])).toEqual([
      'activiteit-2',
      'activiteit-3',
      'activiteit-0',
    ])
    expect(html).toContain(`href="${collectionPaths.events}"`)
  })

  it('says nothing is planned when every event is past', async () => {
    const html = await container.renderToString(UpcomingEvents, {
      props: { events: [event('voorbij', '2029-01-01T10:00:00Z')], now },
    })
    expect(html).toContain('Er staan op dit moment geen activiteiten gepland.')
    expect(html).not.toContain('/agenda/voorbij')
  })
})

describe('ShareholderCall', () => {
  const props = { heading: 'Doe mee', text: 'Waarom meedoen loont.', formPublished: true }

  it('gives the reason, the current count and links to the form and the list', async () => {
    const html = await container.renderToString(ShareholderCall, { props: { ...props, count: 8 } })
    expect(html).toContain('Doe mee</h2>')
    expect(html).toContain('Waarom meedoen loont.')
    expect(html).toContain('Al 8 organisaties zijn aandeelhouder.')
    expect(html).toContain(`href="${participationPaths.shareholderForm}"`)
    expect(html).toContain(`href="${participationPaths.shareholders}"`)
  })

  it('leaves out the count before the first aandeelhouder and the form link while its page is offline', async () => {
    const html = await container.renderToString(ShareholderCall, {
      props: { ...props, count: 0, formPublished: false },
    })
    expect(html).not.toContain('aandeelhouder.</p>')
    expect(html).not.toContain(`href="${participationPaths.shareholderForm}"`)
    expect(html).toContain(`href="${participationPaths.shareholders}"`)
  })
})

describe('CoalitionPartners', () => {
  const partner = (title: string, role: string) => ({ id: title, title, role, url: 'https://example.org' })

  it('names the coalition partners and links the partners page', async () => {
    const partners = [partner('VNG', 'coalition'), partner('Ministerie van OCW', 'ministry')] as SiteContent['partners']
    const html = await container.renderToString(CoalitionPartners, { props: { partners } })
    expect(html).toContain('VNG')
    expect(html).not.toContain('Ministerie van OCW')
    expect(html).toMatch(new RegExp(`href="${sitePaths.partners}"[^>]*>\\s*Alle partners`))
  })

  it('is left out without coalition partners', async () => {
    const partners = [partner('NJi', 'knowledge')] as SiteContent['partners']
    const html = await container.renderToString(CoalitionPartners, { props: { partners } })
    expect(html.trim()).toBe('')
  })
})
