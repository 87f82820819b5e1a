import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Figure } from '../../lib/figures/figuresSchema'
import FigureList from './FigureList.astro'

const figures: Figure[] = [
  { key: 'shareholders', label: 'Aandeelhouders', value: 1250, target: 2000 },
  { key: 'ambassadors', label: 'Ambassadeurs', value: 12, target: 10 },
  { key: 'editionsSent', label: 'Verstuurde nieuwsupdates', value: 0, target: null },
]

let html: string

/** The rendered HTML as a screen reader's text: without the hidden chart, tags and extra spaces. */
const readableText = (markup: string) =>
  markup
    .replace(/<svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

beforeAll(async () => {
  const container = await experimental_AstroContainer.create()
  html = await container.renderToString(FigureList, { props: { figures } })
})

describe('FigureList', () => {
  it('gives every figure a heading and its numbers as text, outside the chart', () => {
    const text = readableText(html)
    expect(text).toContain('Aandeelhouders 1.250 van 2.000 62% van het streefcijfer')
    expect(text).toContain('Ambassadeurs 12 van 10 Streefcijfer gehaald (120%)')
    expect(text).toContain('Verstuurde nieuwsupdates 0 Geen streefcijfer vastgesteld')
  })

  it('draws a chart per figure with a target, hidden from assistive technology', () => {
    const charts = html.match(/<svg[^>]*>/g) ?? []
    expect(charts).toHaveLength(2)
    for (const chart of charts) expect(chart).toContain('aria-hidden="true"')
    expect(html).toContain('width="62.50%"')
  })

  it('uses the theme\u2019s colours, never fixed ones, and no script', () => {
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i)
    expect(html).not.toContain('<script')
  })
})
