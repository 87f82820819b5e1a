import { describe, expect, it } from 'vitest'
import { batchResults } from './batchResults'

const recipients = ['a', 'b', 'c', 'd'].map((id) => ({ id, email: `${id}@example.org` }))

describe('batchResults', () => {
  it('gives the accepted emails their ids in order, skipping the refused indexes', () => {
    const answer = { data: [{ id: 'e-a' }, { id: 'e-c' }, { id: 'e-d' }], errors: [{ index: 1, message: 'Invalid' }] }
    expect(batchResults(recipients, answer)).toEqual({
      results: [
        { id: 'a', emailId: 'e-a' },
        { id: 'b', error: 'Invalid' },
        { id: 'c', emailId: 'e-c' },
        { id: 'd', emailId: 'e-d' },
      ],
      failed: 1,
    })
  })

  it('reads a strict answer (no errors) as all accepted', () => {
    const answer = { data: recipients.map((recipient) => ({ id: `e-${recipient.id}` })) }
    expect(batchResults(recipients, answer).failed).toBe(0)
  })
})
