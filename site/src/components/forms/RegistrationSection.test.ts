import { getContainerRenderer } from '@astrojs/react/container-renderer'
import { experimental_AstroContainer } from 'astro/container'
import { loadRenderers } from 'astro:container'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { formNames } from '@mao/shared/forms/formSpecs'
import { participationPaths } from '@mao/shared/sitePaths'
import type * as availabilityModule from '../../lib/forms/availability'
import type { Availability } from '../../lib/forms/availability'
import RegistrationSection from './RegistrationSection.astro'

const places = (state: Availability['state']): Availability => ({ capacity: 15, registered: 15, waitlist: 0, state })
const availability = new Map<string, Availability>([
  ['communities:1', places('open')],
  ['communities:2', places('waitlist')],
  ['events:3', places('closed')],
])

vi.mock('../../lib/forms/availability', async (original) => ({
  ...(await original<typeof availabilityModule>()),
  loadAvailability: async () => availability,
}))
vi.mock('../../lib/forms/consent', () => ({
  loadFormConsents: async () =>
    Object.fromEntries(
      formNames.map((form) => [form, { version: 'v1', text: 'Toestemming.', privacyUrl: '/privacyverklaring' }]),
    ),
}))

let container: experimental_AstroContainer
const render = (props: Record<string, unknown>) => container.renderToString(RegistrationSection, { props })

beforeAll(async () => {
  container = await experimental_AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) })
})

describe('RegistrationSection', () => {
  it('shows the registration form for the target while places are open, for aandeelhouders only', async () => {
    const html = await render({ collection: 'communities', id: '1', subject: 'community' })
    expect(html).toContain('id="aanmelden"')
    expect(html).toMatch(/<input type="hidden" name="target" value="communities:1"/)
    expect(html).toContain(`href="${participationPaths.shareholderForm}"`)
    expect(html).not.toContain('id="aanmelden-wachtlijst"')
  })

  it('says the visitor joins the waitlist when the places are taken', async () => {
    const html = await render({ collection: 'communities', id: '2', subject: 'community' })
    expect(html).toContain('id="aanmelden-wachtlijst"')
    expect(html).toContain('Vol: je komt op de wachtlijst.')
    expect(html).toContain('value="communities:2"')
  })

  it('says why registration is closed, without a form', async () => {
    const html = await render({ collection: 'events', id: '3', subject: 'event', startsAt: '2020-01-01T10:00:00Z' })
    expect(html).toContain('De inschrijving is gesloten: deze activiteit is al begonnen.')
    expect(html).not.toContain('<form')
  })

  it('renders nothing for a target the engine does not know', async () => {
    const html = await render({ collection: 'events', id: '4', subject: 'event' })
    expect(html).not.toContain('aanmelden')
  })
})
