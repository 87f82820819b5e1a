import { describe, expect, it } from 'vitest'
import { foldText, indexTerms, isIndexable, normalizeText, tokenize } from './normalize'
import { DUTCH_STOP_WORDS, isStopWord } from './stopwords'

describe('foldText', () => {
  it.each([
    ['è ê à ë ï é ö ü ç ñ å', 'e e a e i e o u c n a'],
    ['Crèche', 'creche'],
    ['Geëvalueerd', 'geevalueerd'],
    ['Enquête à la carte', 'enquete a la carte'],
    ['cre\u0300che (already decomposed)', 'creche (already decomposed)'],
    ['ĲSSELMEER', 'ijsselmeer'],
    ['ﬁets', 'fiets'],
    ['Straße Ærø Œuvre', 'strasse aero oeuvre'],
    ['İstanbul', 'istanbul'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected)
  })

  it('unifies apostrophe and hyphen variants', () => {
    expect(foldText('regio’s ‘t ʼs zo`n ´t')).toBe("regio's 't 's zo'n 't")
    expect(foldText('onderwijs\u2011zorg onder\u00ADwijs')).toBe('onderwijs-zorg onderwijs')
  })
})

describe('normalizeText', () => {
  it.each([
    ["regio's", 'regios'],
    ['Regio’s in ’t Gooi: crèche-aanbod!', 'regios in t gooi creche-aanbod'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['‘jeugdzorg’', 'jeugdzorg'],
    ['  PO /  VO  ', 'po vo'],
    ['jeugd – zorg', 'jeugd zorg'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })
})

describe('tokenize', () => {
  it('gives an "\'s" word its base form as key and both forms to index', () => {
    expect(tokenize("regio's")).toEqual([
      { joined: 'regios', parts: ['regio'], forms: ['regio', 'regios'], key: 'regio' },
    ])
    expect(tokenize('SWV’s')[0]?.key).toBe('swv')
  })

  it('gives a hyphenated word its parts and the joined form, and requires the joined form', () => {
    expect(tokenize('onderwijs-zorgarrangement')).toEqual([
      {
        joined: 'onderwijszorgarrangement',
        parts: ['onderwijs', 'zorgarrangement'],
        forms: ['onderwijs', 'zorgarrangement', 'onderwijszorgarrangement'],
        key: 'onderwijszorgarrangement',
      },
    ])
  })

  it('treats lunr query syntax as separators', () => {
    const keys = tokenize('+de -jeugdzorg title:swv~1 jeugd^10 "passend*" (po|vo) \\ a&b').map((u) => u.key)
    expect(keys).toEqual(['de', 'jeugdzorg', 'title', 'swv', '1', 'jeugd', '10', 'passend', 'po', 'vo', 'a', 'b'])
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+$/)
  })

  it('keeps digits and drops text without letters or digits', () => {
    expect(tokenize('NT2 in 2025')).toHaveLength(3)
    expect(tokenize("*** --- '' ~^:")).toEqual([])
  })
})

describe('indexTerms', () => {
  it('splits compounds into parts and the joined form', () => {
    expect(indexTerms('onderwijs-zorgarrangement')).toEqual([
      'onderwijs',
      'zorgarrangement',
      'onderwijszorgarrangement',
    ])
  })

  it('drops stop words, including contraction leftovers', () => {
    expect(indexTerms("De jeugdzorg en het onderwijs van 't dorp")).toEqual(['jeugdzorg', 'onderwijs', 'dorp'])
    expect(indexTerms("'s-Hertogenbosch")).toEqual(['hertogenbosch', 'shertogenbosch'])
  })

  it('drops one-character and over-long forms', () => {
    expect(indexTerms(`x ${'a'.repeat(51)} ab`)).toEqual(['ab'])
    expect(isIndexable('a'.repeat(50))).toBe(true)
  })
})

describe('stop words', () => {
  it('covers the lunr-languages Dutch list except the noun "wezen"', () => {
    const lunrNl =
      'aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou'
    for (const word of lunrNl.split(' ')) expect(isStopWord(word), word).toBe(true)
    expect(isStopWord('wezen')).toBe(false)
  })

  it('never contains a field acronym or domain word', () => {
    for (const word of ['po', 'vo', 'so', 'swv', 'jeugd', 'zorg', 'school', 'regio', 'wet']) {
      expect(DUTCH_STOP_WORDS.has(word), word).toBe(false)
    }
  })
})

describe('dotted acronyms', () => {
  it.each([
    ['P.O. en V.O.', ['po', 'vo']],
    ['p.o', ['po']],
    ['i.v.m. de TLV', ['tlv']],
    ['J. de Vries', ['vries']],
    ['www.example.nl', ['www', 'example', 'nl']],
  ])('%s → %j', (input, expected) => {
    expect(indexTerms(input)).toEqual(expected)
  })
})
