import { describe, expect, it } from 'vitest'
import { neutraliseCell, toCsv } from './csv'

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, semicolons and CRLF, quoting only what needs it', () => {
    expect(
      toCsv([
        ['naam', 'organisatie'],
        ['Jan de Vries', 'Gemeente; Zwolle'],
        ['"Kees"', 'regel\nerbij'],
      ]),
    ).toBe('\uFEFFnaam;organisatie\r\nJan de Vries;"Gemeente; Zwolle"\r\n"""Kees""";"regel\nerbij"\r\n')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const formula of ['=HYPERLINK("x")', '+31 6', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutraliseCell(formula)).toBe(`'${formula}`)
    expect(neutraliseCell('Anne-Marie')).toBe('Anne-Marie')
    expect(toCsv([['=1+1;2']])).toBe('\uFEFF"\'=1+1;2"\r\n')
  })
})
