import { describe, expect, it } from 'vitest'
import { isValidSlug, slugify } from './slug'

describe('slugify', () => {
  it.each([
    ['Inspiratieregio’s', 'inspiratieregios'],
    ["Regio's in beeld", 'regios-in-beeld'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ["'t Baken in Almere", 't-baken-in-almere'],
    ['Geëvalueerd: crèche & café', 'geevalueerd-creche-en-cafe'],
    ['  Onderwijs—zorg   arrangement!  ', 'onderwijs-zorg-arrangement'],
    ['Jeugdhulp op school (PO/VO)', 'jeugdhulp-op-school-po-vo'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
    expect(isValidSlug(slugify(input))).toBe(true)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('samenwerking '.repeat(20))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('samenwerking')).toBe(true)
  })

  it('gives an empty slug for a title without letters or digits', () => {
    expect(slugify('!!! ???')).toBe('')
  })
})

describe('isValidSlug', () => {
  it.each(['Hoofdletters', 'dubbel--streepje', '-begin', 'eind-', 'spatie hier', 'ë', ''])('rejects %j', (value) =>
    expect(isValidSlug(value)).toBe(false),
  )
})
