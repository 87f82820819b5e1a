import { describe, expect, it } from 'vitest'
import { figureBar } from './figureBar'

describe('figureBar', () => {
  it('fills the share of the target reached, with the mark at the end', () => {
    expect(figureBar(50, 200)).toEqual({ fill: 0.25, targetAt: 1, percent: 25, reached: false })
  })

  it('scales to the value when it passes the target, the mark standing where the target is', () => {
    expect(figureBar(15, 10)).toEqual({ fill: 1, targetAt: 10 / 15, percent: 150, reached: true })
  })

  it('counts a target met exactly as reached', () => {
    expect(figureBar(10, 10)).toEqual({ fill: 1, targetAt: 1, percent: 100, reached: true })
  })

  it('never rounds up to the target before it is met', () => {
    expect(figureBar(199, 200)?.percent).toBe(99)
    expect(figureBar(199, 200)?.reached).toBe(false)
  })

  it('shows an empty bar for zero', () => {
    expect(figureBar(0, 200)).toEqual({ fill: 0, targetAt: 1, percent: 0, reached: false })
  })

  it('draws no chart without a target', () => {
    expect(figureBar(12, null)).toBeNull()
    expect(figureBar(0, null)).toBeNull()
    expect(figureBar(12, 0)).toBeNull()
  })
})
