import { describe, expect, it } from 'vitest'
import { CmsError } from '../cms/CmsError'
import { fetchAvailability, parseAvailability, registrationTarget } from './availability'

const open = { capacity: 25, registered: 3, waitlist: 0, state: 'open' }

describe('registration availability', () => {
  it('gives each target its places and state, by the engine’s target name', () => {
    const availability = parseAvailability({
      targets: { [registrationTarget('communities', '4')]: open, 'events:9': { ...open, state: 'waitlist' } },
    })
    expect(availability.get('communities:4')).toEqual(open)
    expect(availability.get('events:9')?.state).toBe('waitlist')
    expect(availability.get('events:10')).toBeUndefined()
  })

  it('stops the build on an answer it does not understand', () => {
    expect(() => parseAvailability({})).toThrow(CmsError)
    expect(() => parseAvailability({ targets: { 'events:1': { ...open, state: 'vol' } } })).toThrow(/events:1\.state/)
    expect(() => parseAvailability({ targets: { 'events:1': { ...open, registered: -1 } } })).toThrow(CmsError)
  })

  it('reads GET /api/registrations/availability and fails when the CMS does not answer it', async () => {
    const requested: string[] = []
    const ok = (async (input: string | URL | Request) => {
      requested.push(String(input))
      return Response.json({ targets: { 'communities:1': open } })
    }) as typeof fetch
    expect((await fetchAvailability('http://cms', ok)).size).toBe(1)
    expect(requested).toEqual(['http://cms/api/registrations/availability'])

    const missing = (async () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })) as typeof fetch
    await expect(fetchAvailability('http://cms', missing)).rejects.toThrow(/404/)
  })
})
