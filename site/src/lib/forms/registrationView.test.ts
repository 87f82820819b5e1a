import { describe, expect, it } from 'vitest'
import type { Availability } from './availability'
import { registrationFact, registrationView } from './registrationView'

const now = Date.parse('2026-05-01T10:00:00Z')
const entry = (state: Availability['state'], registered = 10): Availability => ({
  capacity: 25,
  registered,
  waitlist: state === 'waitlist' ? 4 : 0,
  state,
})

describe('registrationView', () => {
  it('shows no section for a target the engine does not report', () => {
    expect(registrationView(undefined, 'community', undefined, now)).toEqual({ kind: 'none' })
  })

  it('shows the form while open, and with the waitlist note when full', () => {
    expect(registrationView(entry('open'), 'community', '2026-06-01T10:00:00Z', now)).toEqual({
      kind: 'form',
      waitlist: false,
    })
    expect(registrationView(entry('waitlist', 25), 'event', '2026-06-01T10:00:00Z', now)).toEqual({
      kind: 'form',
      waitlist: true,
    })
  })

  it('says why registration is closed: started, or closed by the programme office', () => {
    expect(registrationView(entry('closed'), 'community', '2026-04-01T10:00:00Z', now)).toEqual({
      kind: 'closed',
      reason: 'De inschrijving is gesloten: deze community is al begonnen.',
    })
    expect(registrationView(entry('closed'), 'event', '2026-06-01T10:00:00Z', now)).toEqual({
      kind: 'closed',
      reason: 'De inschrijving voor deze activiteit is gesloten.',
    })
    expect(registrationView(entry('closed'), 'event', undefined, now)).toMatchObject({ kind: 'closed' })
  })
})

describe('registrationFact', () => {
  it('states the engine’s state with the free places', () => {
    expect(registrationFact(entry('open', 24))).toBe('Open: nog 1 van de 25 plaatsen vrij')
    expect(registrationFact(entry('waitlist', 25))).toBe('Vol: aanmelden kan voor de wachtlijst')
    expect(registrationFact(entry('closed'))).toBe('Gesloten')
    expect(registrationFact(undefined)).toBeNull()
  })
})
