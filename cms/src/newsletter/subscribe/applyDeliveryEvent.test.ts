import { describe, expect, it } from 'vitest'
import { isPermanentBounce } from './applyDeliveryEvent'

const bounce = (type?: string) => ({ type: 'email.bounced', data: { to: ['x@example.org'], bounce: { type } } })

describe('isPermanentBounce', () => {
  it('takes a permanent bounce (and one without a type, as Resend documents the event) for good', () => {
    expect(isPermanentBounce(bounce('Permanent'))).toBe(true)
    expect(isPermanentBounce({ type: 'email.bounced', data: { to: ['x@example.org'] } })).toBe(true)
  })

  it('does not take a transient or undetermined bounce for good', () => {
    expect(isPermanentBounce(bounce('Transient'))).toBe(false)
    expect(isPermanentBounce(bounce('Undetermined'))).toBe(false)
  })
})
