import { describe, expect, it } from 'vitest'
import { errorForLog } from './errorForLog'

describe('errorForLog', () => {
  it("takes the sender's address out of message and stack, whatever its case", () => {
    const logged = errorForLog(
      new Error('duplicate key: Jan.de+Vries@Example.org bestaat al'),
      'jan.de+vries@example.org',
    )
    expect(logged.message).toBe('duplicate key: [e-mailadres] bestaat al')
    expect(logged.stack).not.toMatch(/vries@example/i)
    expect(logged.name).toBe('Error')
  })

  it('handles thrown non-errors and forms without an address', () => {
    expect(errorForLog('kapot a@b.nl', 'a@b.nl')).toEqual({ name: 'Error', message: 'kapot [e-mailadres]' })
    expect(errorForLog(new TypeError('x'), undefined)).toMatchObject({ name: 'TypeError', message: 'x' })
  })
})
