import { describe, expect, it } from 'vitest'
import { senderAddress } from './senderAddress'

describe('senderAddress', () => {
  it('splits a name and an address', () => {
    expect(senderAddress('Met Andere Ogen <nieuwsbrief@aanpakmetandereogen.nl>')).toEqual({
      name: 'Met Andere Ogen',
      address: 'nieuwsbrief@aanpakmetandereogen.nl',
    })
  })

  it('drops quotes around the name', () => {
    expect(senderAddress('"Redactie MAO" <redactie@example.org>')).toEqual({
      name: 'Redactie MAO',
      address: 'redactie@example.org',
    })
  })

  it('gives a bare address the fallback name', () => {
    expect(senderAddress(' redactie@example.org ', 'MAO')).toEqual({ name: 'MAO', address: 'redactie@example.org' })
  })
})
