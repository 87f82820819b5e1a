import { describe, expect, it } from 'vitest'
import { describeRebuiltPages, formatDuration } from './buildFigures'

describe('formatDuration', () => {
  it('gives short builds a decimal and long ones minutes', () => {
    expect(formatDuration(420)).toBe('0,4 s')
    expect(formatDuration(6_240)).toBe('6,2 s')
    expect(formatDuration(9_960)).toBe('10 s')
    expect(formatDuration(42_400)).toBe('42 s')
    expect(formatDuration(65_000)).toBe('1 min 5 s')
    expect(formatDuration(120_200)).toBe('2 min')
  })
})

describe('describeRebuiltPages', () => {
  it('counts the rebuilt pages against all pages and names the first few', () => {
    expect(describeRebuiltPages({ rendered: 4, reused: 348, paths: '/\n/nieuws/\n/nieuws/a/\n/zoeken/' })).toBe(
      '4 van 352: /, /nieuws/, /nieuws/a/ …',
    )
    expect(describeRebuiltPages({ rendered: 2, reused: 0, paths: '/\n/nieuws/' })).toBe('2 van 2: /, /nieuws/')
    expect(describeRebuiltPages({ rendered: 0, reused: 352, paths: '' })).toBe('0 van 352')
  })

  it('says nothing for a build without a report', () => {
    expect(describeRebuiltPages({ rendered: null, reused: null, paths: null })).toBe('')
  })
})
