import { describe, expect, it } from 'vitest'
import { placeholderPdf, wrap } from './placeholderPdf'

/** What a PDF reader checks first: header, the xref table the trailer points to, each object where the table says. */
function parse(pdf: Buffer) {
  const text = pdf.toString('latin1')
  const startxref = Number(text.match(/startxref\n(\d+)\n%%EOF\n$/)?.[1])
  const table = text.slice(startxref).match(/^xref\n0 (\d+)\n((?:\d{10} \d{5} [fn] \n)+)trailer\n<< \/Size (\d+) /)
  if (!table) throw new Error('No xref table at startxref')
  const entries = table[2]!.match(/.{20}/gs)!.map((entry) => Number(entry.slice(0, 10)))
  return { text, count: Number(table[1]), size: Number(table[3]), entries }
}

describe('placeholderPdf', () => {
  const pdf = placeholderPdf('Programmaplan Met Andere Ogen: uitvoering 2020 (concept) voor regio’s')
  const { text, count, size, entries } = parse(pdf)

  it('starts with the PDF 1.4 header and ends with %%EOF', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(text.endsWith('%%EOF\n')).toBe(true)
  })

  it('has an xref table whose offsets point at each object', () => {
    expect(count).toBe(8)
    expect(size).toBe(count)
    expect(entries[0]).toBe(0)
    entries.slice(1).forEach((offset, index) => expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`))
  })

  it('gives the content stream its exact length', () => {
    const match = text.match(/<< \/Length (\d+) >>\nstream\n/)!
    const start = match.index! + match[0].length
    const end = text.indexOf('\nendstream', start)
    expect(end - start).toBe(Number(match[1]))
  })

  it('shows the title and a Dutch placeholder note, escaping parentheses and encoding ’ as WinAnsi', () => {
    expect(text).toContain('(Programmaplan Met Andere Ogen:) Tj T*')
    expect(text).toContain('(uitvoering 2020 \\(concept\\) voor regio\x92s) Tj T*')
    expect(text).toContain('(Dit is een plaatsvervangend bestand.')
    expect(text).toContain('/Title <FEFF0050')
  })

  it('is a different file for a different title', () => {
    expect(placeholderPdf('Ander document').equals(pdf)).toBe(false)
  })
})

describe('wrap', () => {
  it('breaks at words within the width', () => {
    expect(wrap('een twee drie vier', 9)).toEqual(['een twee', 'drie vier'])
    expect(wrap('onafgebrokenwoord kort', 5)).toEqual(['onafgebrokenwoord', 'kort'])
  })
})
