import { describe, expect, it } from 'vitest'
import { tokenize } from './normalize'
import { createSynonymMatcher, getSynonymMatcher } from './synonyms'
import { SYNONYM_GROUPS } from './synonyms.data'

const matcher = getSynonymMatcher()

describe('synonym expansion', () => {
  it('expands an acronym to its phrase, without stop words', () => {
    expect(matcher.expand('Het OOGO vergadert')).toEqual(['overeenstemming', 'gericht', 'overleg'])
  })

  it('expands a phrase to its acronym', () => {
    expect(matcher.expand('In het Op Overeenstemming Gericht Overleg (december)')).toEqual(['oogo'])
  })

  it('names the one-word members of groups found through a phrase (for phrase ranking)', () => {
    expect(matcher.match(tokenize('passend onderwijs')).phraseWords).toEqual(['passendonderwijs'])
    expect(matcher.match(tokenize('licht verstandelijke beperking')).phraseWords).toEqual(['lvb'])
    expect(matcher.match(tokenize('primair onderwijs')).phraseWords).toEqual(['po', 'basisonderwijs'])
    // A single word is no phrase: its synonyms add nothing to rank on.
    expect(matcher.match(tokenize('samenwerkingsverband')).phraseWords).toEqual([])
    expect(matcher.match(tokenize('onderwijs passend')).phraseWords).toEqual([])
  })

  it('needs the whole phrase', () => {
    expect(matcher.expand('gericht overleg met ouders')).toEqual([])
    expect(matcher.expand('overeenstemming')).toEqual([])
  })

  it('matches inflected forms through the stemmer', () => {
    expect(matcher.expand('twee samenwerkingsverbanden')).toContain('swv')
    expect(matcher.expand('leerlingen met een licht verstandelijke beperking')).toContain('lvb')
  })

  it('takes the longest phrase and does not also expand the phrases inside it', () => {
    const expansion = matcher.expand('voortgezet speciaal onderwijs')
    expect(expansion).toEqual(['vso'])
    const { groups } = matcher.match(tokenize('speciaal basisonderwijs'))
    expect(groups).toHaveLength(1)
    expect(matcher.expand('speciaal basisonderwijs')).not.toContain('po')
  })

  it('matches a hyphenated member written as one word', () => {
    expect(matcher.expand('het onderwijszorgarrangement')).toContain('oza')
    expect(matcher.expand('een onderwijs-zorgarrangement')).toContain('oza')
    expect(matcher.expand('OZA')).toEqual(
      expect.arrayContaining(['onderwijs', 'zorgarrangement', 'onderwijszorgarrangement']),
    )
  })

  it('groups thuiszitters with verzuim, both ways', () => {
    expect(matcher.expand('thuiszitters')).toContain('verzuim')
    expect(matcher.expand('verzuim')).toEqual(expect.arrayContaining(['thuiszitter', 'thuiszitters']))
  })

  it('expands SWV and samenwerkingsverband into each other', () => {
    expect(matcher.expand('SWV')).toEqual(['samenwerkingsverband', 'samenwerkingsverbanden'])
    expect(matcher.expand('samenwerkingsverband')).toEqual(['swv'])
  })

  it('reports the matched stems so the body keeps them', () => {
    const { matchedStems } = matcher.match(tokenize('het op overeenstemming gericht overleg'))
    expect([...matchedStems].sort()).toEqual(['gericht', 'overeenstemm', 'overleg'])
  })

  it('every member of every built-in group expands to another member', () => {
    SYNONYM_GROUPS.forEach((group) => {
      for (const member of group) expect(matcher.expand(member), `${member} in ${group.join(' / ')}`).not.toEqual([])
    })
  })

  it('related() gives the other members of a one-word member, for highlighting', () => {
    expect(matcher.related('oogo')).toEqual(['overeenstemming', 'gericht', 'overleg'])
    expect(matcher.related('swv')).toContain('samenwerkingsverband')
    expect(matcher.related('overleg')).toEqual([])
  })

  it('accepts custom groups', () => {
    const custom = createSynonymMatcher([['ABC', 'alfa beta gamma']])
    expect(custom.expand('de abc')).toEqual(['alfa', 'beta', 'gamma'])
    expect(custom.expand('OOGO')).toEqual([])
  })
})
