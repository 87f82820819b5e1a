import { describe, expect, it } from 'vitest'
import { CmsError } from '../cms/CmsError'
import { loadFigures, parseFigures } from './loadFigures'

const url = 'http://cms.test/api/figures'
const figure = { key: 'shareholders', label: 'Aandeelhouders', value: 3, target: 200 }

describe('parseFigures', () => {
  it('accepts the contract: key, label, value and a target or null', () => {
    const figures = parseFigures({ figures: [figure, { ...figure, key: 'editionsSent', target: null }] }, url)
    expect(figures.map((item) => item.target)).toEqual([200, null])
  })

  it.each([
    ['no list', {}],
    ['an unknown figure', { figures: [{ ...figure, key: 'subscribers' }] }],
    ['a negative count', { figures: [{ ...figure, value: -1 }] }],
    ['a missing target', { figures: [{ key: 'regions', label: "Inspiratieregio's", value: 2 }] }],
  ])('fails the build on %s', (_, answer) => {
    expect(() => parseFigures(answer, url)).toThrow(CmsError)
  })
})

describe('loadFigures', () => {
  it('fails the build when the CMS answers with an error', async () => {
    const fetchImpl = (async () => new Response('kapot', { status: 500 })) as typeof fetch
    await expect(loadFigures(fetchImpl)).rejects.toThrow(CmsError)
  })
})
