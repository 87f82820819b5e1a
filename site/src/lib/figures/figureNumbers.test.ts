import { describe, expect, it } from 'vitest'
import { figureNumbers } from './figureNumbers'

describe('figureNumbers', () => {
  it('puts value, target and progress in Dutch words and numbers', () => {
    expect(figureNumbers({ value: 37, target: 200 })).toEqual({
      value: '37',
      ofTarget: 'van 200',
      progress: '18% van het streefcijfer',
    })
  })

  it('says when the target is met', () => {
    expect(figureNumbers({ value: 12, target: 10 }).progress).toBe('Streefcijfer gehaald (120%)')
  })

  it('says there is no target instead of inventing one', () => {
    expect(figureNumbers({ value: 0, target: null })).toEqual({
      value: '0',
      ofTarget: null,
      progress: 'Geen streefcijfer vastgesteld',
    })
  })

  it('groups thousands the Dutch way', () => {
    expect(figureNumbers({ value: 1250, target: 2000 })).toMatchObject({ value: '1.250', ofTarget: 'van 2.000' })
  })
})
