import { describe, expect, it } from 'vitest'
import { shareholderCountText } from './shareholderCountText'

describe('shareholderCountText', () => {
  it('names both the count of all approved aandeelhouders and of those listed', () => {
    expect(shareholderCountText(8, 6)).toBe('Al 8 organisaties zijn aandeelhouder, waarvan 6 hier met naam.')
  })

  it('reads well at the edges', () => {
    expect(shareholderCountText(0, 0)).toBe('Er zijn nog geen aandeelhouders. Jouw organisatie kan de eerste zijn.')
    expect(shareholderCountText(1, 1)).toBe('Al 1 organisatie is aandeelhouder en staat hier met naam.')
    expect(shareholderCountText(1, 0)).toBe('Al 1 organisatie is aandeelhouder; die staat hier niet met naam.')
    expect(shareholderCountText(5, 0)).toBe('Al 5 organisaties zijn aandeelhouder; ze staan hier niet met naam.')
    expect(shareholderCountText(5, 5)).toBe('Al 5 organisaties zijn aandeelhouder; ze staan hier allemaal met naam.')
  })
})
