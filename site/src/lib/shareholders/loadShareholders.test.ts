import { describe, expect, it } from 'vitest'
import { CmsError } from '../cms/CmsError'
import { parsePublicShareholders, publicShareholdersUrl } from './loadShareholders'

const url = publicShareholdersUrl('http://cms.test')

describe('parsePublicShareholders', () => {
  it('accepts the contract’s answer', () => {
    const body = {
      count: 3,
      organisations: [
        { name: 'Voorbeeldgemeente Duinhaven', sector: 'gemeente', province: 'noord-holland' },
        { name: 'Voorbeeldpraktijk', sector: 'zorg', province: null },
      ],
    }
    expect(parsePublicShareholders(url, body)).toEqual(body)
    expect(url).toBe('http://cms.test/api/shareholder-applications/public')
  })

  it.each([
    ['no count', { organisations: [] }],
    ['a negative count', { count: -1, organisations: [] }],
    ['an unknown sector', { count: 1, organisations: [{ name: 'X', sector: 'bank', province: null }] }],
    ['an empty name', { count: 1, organisations: [{ name: ' ', sector: 'zorg', province: null }] }],
    ['a list instead of an object', []],
  ])('stops the build on %s', (_, body) => {
    expect(() => parsePublicShareholders(url, body)).toThrow(CmsError)
  })
})
