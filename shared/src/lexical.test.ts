import { describe, expect, it } from 'vitest'
import { inline, plainText, richText } from './lexical'

describe('richText', () => {
  it('builds headings, lists, quotes and paragraphs', () => {
    const value = richText([
      { h2: 'Kop' },
      { p: 'Alinea' },
      { ul: ['een', 'twee'] },
      { ol: ['a'] },
      { quote: 'Citaat' },
    ])
    const types = value.root.children.map((node) => [node.type, node.listType ?? node.tag ?? ''])
    expect(types).toEqual([
      ['heading', 'h2'],
      ['paragraph', ''],
      ['list', 'bullet'],
      ['list', 'number'],
      ['quote', ''],
    ])
  })

  it('turns inline markup into links and bold text', () => {
    const nodes = inline('Zie [de toolbox](/toolbox) en **vooral** dit.')
    expect(nodes.map((node) => node.type)).toEqual(['text', 'link', 'text', 'text', 'text'])
    expect(nodes[1]?.fields).toEqual({ url: '/toolbox', newTab: false, linkType: 'custom' })
    expect(nodes[3]).toMatchObject({ text: 'vooral', format: 1 })
  })
})

describe('plainText', () => {
  it('extracts the text with line breaks between blocks', () => {
    expect(plainText(richText([{ h2: 'Kop' }, { p: 'Een [link](/x).' }, { ul: ['a', 'b'] }]))).toBe(
      'Kop\nEen link.\na\nb',
    )
  })
  it('returns an empty string for missing values', () => {
    expect(plainText(null)).toBe('')
    expect(plainText({})).toBe('')
  })
})
