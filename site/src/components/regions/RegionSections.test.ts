import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { richText } from '@mao/shared/lexical'
import type { RegionContact } from '../../lib/schemas/regions'
import RegionConnectors from './RegionConnectors.astro'
import RegionPlan from './RegionPlan.astro'

vi.mock('../../lib/content/loadSiteContent', () => ({ loadSiteContent: async () => ({}) }))

let container: experimental_AstroContainer

const clean = (html: string) => html.replace(/ data-astro-cid-[a-z0-9]+/g, '')
/** The HTML as text, tags replaced by single spaces. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

beforeAll(async () => {
  container = await experimental_AstroContainer.create()
})

describe('RegionPlan', () => {
  const render = async (props: Record<string, unknown>) => clean(await container.renderToString(RegionPlan, { props }))

  it('shows the development plan and the learning goals under their own headings', async () => {
    const html = await render({
      developmentPlan: richText([{ p: 'Eerst de scholen, dan de wijkteams.' }]),
      learningGoals: ['Samen vroeg signaleren', 'Eén loket voor ouders'],
    })
    expect(html).toContain('<h2 class="utrecht-heading-2" id="region-development-plan">Ontwikkelplan</h2>')
    expect(text(html)).toContain('Ontwikkelplan Eerst de scholen, dan de wijkteams.')
    expect(html).toContain('<h2 class="utrecht-heading-2" id="region-learning-goals">Leerdoelen</h2>')
    expect(html).toMatch(
      /<ul class="utrecht-unordered-list mao-prose"><li class="utrecht-unordered-list__item">Samen vroeg signaleren<\/li><li class="utrecht-unordered-list__item">Eén loket voor ouders<\/li><\/ul>/,
    )
  })

  it('leaves out both sections when there is nothing to show', async () => {
    expect(text(await render({ developmentPlan: null, learningGoals: [] }))).toBe('')
    expect(text(await render({ developmentPlan: richText([{ p: '' }]), learningGoals: [] }))).toBe('')
  })
})

describe('RegionConnectors', () => {
  const render = async (contacts: RegionContact[]) =>
    clean(await container.renderToString(RegionConnectors, { props: { contacts, headingId: 'region-connectors' } }))

  it('lists the connectors with their role as the term, region connectors first', async () => {
    const html = await render([
      { name: 'Noor de Vries', connectorRole: 'coalition', organisation: 'PO-Raad', email: 'noor@example.org' },
      { name: 'Bram Jansen', connectorRole: 'region', role: 'Beleidsadviseur', phone: '06 12 34 56 78' },
      { name: 'Gewone contactpersoon', connectorRole: null },
    ])
    expect(html).toContain('<h2 class="utrecht-heading-2" id="region-connectors">Verbinders</h2>')
    const terms = [...html.matchAll(/<dt class="mao-connectors__role">([^<]*)<\/dt>/g)].map((match) => match[1])
    expect(terms).toEqual(['Regioverbinder', 'Coalitieverbinder'])
    expect(text(html)).toContain('Regioverbinder Bram Jansen Beleidsadviseur 06 12 34 56 78')
    expect(text(html)).toContain('Coalitieverbinder Noor de Vries PO-Raad noor@example.org')
    expect(html).toContain('href="mailto:noor@example.org"')
    expect(html).toContain('href="tel:0612345678"')
    expect(html).not.toContain('Gewone contactpersoon')
  })

  it('does not repeat the connector role when it is also the function', async () => {
    const html = await render([
      { name: 'Marloes', connectorRole: 'region', role: 'regioverbinder', organisation: 'Gemeente Enschede' },
    ])
    expect(text(html)).toContain('Regioverbinder Marloes Gemeente Enschede')
    expect(text(html).match(/regioverbinder/gi)).toHaveLength(1)
  })

  it('leaves out connectors whose details the CMS withheld, and the section when none is left', async () => {
    const html = await render([
      { connectorRole: 'region' },
      { name: '  ', connectorRole: 'coalition' },
      { name: 'Sam Bakker', connectorRole: 'coalition' },
    ])
    expect(html.match(/<dt/g)).toHaveLength(1)
    expect(text(html)).toContain('Coalitieverbinder Sam Bakker')
    expect(html).not.toContain('Regioverbinder')
    expect(text(await render([{ connectorRole: 'region' }, { name: 'Geen verbinder' }]))).toBe('')
  })
})
