import { describe, expect, it } from 'vitest'
import { searchTypes } from '@mao/shared/searchSources'
import { NO_FILTERS, parseSearchState, serializeSearchState, toggleValue } from './urlState'

describe('search state in the URL', () => {
  it('round-trips the query and repeated filters', () => {
    const state = {
      query: 'passend onderwijs',
      filters: {
        type: ['news' as const, 'event' as const],
        themes: ['Thuiszitters en verzuim'],
        regions: ['Zuid-Limburg'],
      },
    }
    const search = serializeSearchState(state)
    expect(search).toBe('?q=passend+onderwijs&type=news&type=event&thema=Thuiszitters+en+verzuim&regio=Zuid-Limburg')
    expect(parseSearchState(search, searchTypes)).toEqual(state)
  })

  it('leaves an empty state out of the URL and trims the query', () => {
    expect(serializeSearchState({ query: '  ', filters: NO_FILTERS })).toBe('')
    expect(serializeSearchState({ query: ' OOGO ', filters: NO_FILTERS })).toBe('?q=OOGO')
  })

  it('ignores unknown types, empty and duplicate values, and caps lengths', () => {
    const state = parseSearchState(
      `?q=${'x'.repeat(500)}&type=news&type=nonsense&type=news&thema=&thema=${'y'.repeat(101)}&regio=Twente&regio=Twente`,
      searchTypes,
    )
    expect(state.query).toHaveLength(200)
    expect(state.filters).toEqual({ type: ['news'], themes: [], regions: ['Twente'] })
  })

  it('accepts every declared type, the advices and themes too', () => {
    expect(parseSearchState('?type=advice&type=theme&type=publication', searchTypes).filters.type).toEqual([
      'advice',
      'theme',
      'publication',
    ])
  })

  it('reads a URL without parameters as an empty search', () => {
    expect(parseSearchState('', searchTypes)).toEqual({ query: '', filters: NO_FILTERS })
    expect(parseSearchState('?q=', searchTypes)).toEqual({ query: '', filters: NO_FILTERS })
  })

  it('toggles a value in and out of a list', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b'])
  })
})
