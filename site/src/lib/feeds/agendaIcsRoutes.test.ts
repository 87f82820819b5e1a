import type { APIContext } from 'astro'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventDoc } from '../content/types'
import type { GetStaticPathsOptions } from 'astro'

const events: Partial<EventDoc>[] = []
vi.mock('../content/loadSiteContent', () => ({ loadSiteContent: async () => ({ events }) }))

const { GET: agendaFeed } = await import('../../pages/agenda.ics')
const { GET: eventFile, getStaticPaths } = await import('../../pages/agenda/[slug].ics')

const event = (id: string, slug: string, startsAt: string, endsAt: string): Partial<EventDoc> => ({
  id,
  slug,
  title: `Activiteit ${slug}`,
  summary: '',
  startsAt,
  endsAt,
  location: 'Utrecht',
  onlineUrl: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
})

const context = (extra: object = {}) => ({ site: new URL('https://site.test'), ...extra }) as APIContext<never>
const uids = (body: string) => [...body.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]?.trim())

beforeEach(() => {
  events.length = 0
  const day = 24 * 3600 * 1000
  const at = (days: number) => new Date(Date.now() + days * day).toISOString()
  events.push(
    event('1', 'voorbij', at(-10), at(-9)),
    event('2', 'straks', at(5), at(5.1)),
    event('3', 'later', at(30), at(30.1)),
  )
})

describe('/agenda.ics', () => {
  it('lists the upcoming events only, soonest first, as the named agenda calendar', async () => {
    const response = await agendaFeed(context())
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await response.text()
    expect(body).toContain('X-WR-CALNAME:Met Andere Ogen – agenda')
    expect(body).toContain('METHOD:PUBLISH')
    expect(uids(body)).toEqual(['events-2@aanpakmetandereogen.nl', 'events-3@aanpakmetandereogen.nl'])
  })
})

// Outside a static build the options only pass through withCacheKeys.
const icsPathsOptions = { routePattern: '/agenda/[slug].ics' } as GetStaticPathsOptions

describe('/agenda/<slug>.ics', () => {
  it('has a file for every event, past ones included', async () => {
    const paths = await getStaticPaths(icsPathsOptions)
    expect(paths.map((path) => path.params.slug)).toEqual(['voorbij', 'straks', 'later'])
  })

  it('holds that one event', async () => {
    const [, second] = await getStaticPaths(icsPathsOptions)
    const response = await eventFile(context({ props: second!.props, params: second!.params }))
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await response.text()
    expect(uids(body)).toEqual(['events-2@aanpakmetandereogen.nl'])
    expect(body).toContain('URL:https://site.test/agenda/straks')
  })
})
