import { describe, expect, it } from 'vitest'
import { communityMeta } from './cardMeta'

describe('communityMeta', () => {
  it("states the registration engine's state and the theme, as the community's page does", () => {
    const open = { capacity: 25, registered: 21, waitlist: 0, state: 'open' as const }
    expect(communityMeta(open, 'Passend onderwijs')).toBe('Open: nog 4 van de 25 plaatsen vrij · Passend onderwijs')
    expect(communityMeta({ ...open, registered: 25, waitlist: 3, state: 'waitlist' })).toBe(
      'Vol: aanmelden kan voor de wachtlijst',
    )
    expect(communityMeta({ ...open, state: 'closed' }, null)).toBe('Gesloten')
  })

  it('says nothing about registration for a community the engine does not know', () => {
    expect(communityMeta(undefined, 'Passend onderwijs')).toBe('Passend onderwijs')
    expect(communityMeta(undefined)).toBeNull()
  })
})
