import { publicCollectionInfo } from '@mao/shared/collections'
import { searchSources } from '@mao/shared/searchSources'
import { describe, expect, it } from 'vitest'
import { inSentence, listInDutch, searchLead, siteSearchLead } from './searchLead'

describe('search page lead', () => {
  it('writes the labels as one Dutch sentence', () => {
    expect(searchLead(['Nieuws', 'Goede voorbeelden', "Inspiratieregio's", 'Communities of Practice'])).toBe(
      "Zoek in alle onderdelen van de site: nieuws, goede voorbeelden, inspiratieregio's en communities of practice.",
    )
    expect(searchLead(['Agenda'])).toBe('Zoek in alle onderdelen van de site: agenda.')
  })

  it('keeps acronyms and capitalised single letters as they are', () => {
    expect(inSentence('OOGO-verslagen')).toBe('OOGO-verslagen')
    expect(inSentence('Verslagen van het OOGO')).toBe('verslagen van het OOGO')
    expect(listInDutch(['a', 'b'])).toBe('a en b')
  })

  it('names every collection the site search indexes, once', () => {
    const lead = siteSearchLead()
    for (const source of searchSources) {
      const label = inSentence(publicCollectionInfo[source.collection].label)
      expect(lead.split(label)).toHaveLength(2)
    }
    expect(lead).toMatch(/^Zoek in alle onderdelen van de site: nieuws, goede voorbeelden, .+ en [^,]+\.$/)
  })
})
