import { describe, expect, it } from 'vitest'
import { pageWindow } from './pageWindow'

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps first, last and two around the current page, with gaps', () => {
    expect(pageWindow(1, 86)).toEqual([1, 2, 3, 'gap', 86])
    expect(pageWindow(40, 86)).toEqual([1, 'gap', 38, 39, 40, 41, 42, 'gap', 86])
    expect(pageWindow(86, 86)).toEqual([1, 'gap', 84, 85, 86])
  })

  it('shows a single hidden page instead of a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})
