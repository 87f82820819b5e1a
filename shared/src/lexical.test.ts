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

  it('builds a video block the body editor accepts, with a stable id', () => {
    const video = { url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Uitleg' }
    const [node] = richText([{ video }]).root.children
    expect(node).toMatchObject({ type: 'block', version: 2, fields: { blockType: 'video', ...video } })
    expect(node?.children).toBeUndefined()
    const id = (node?.fields as { id: string }).id
    expect(id).toMatch(/^[0-9a-f]{24}$/)
    expect((richText([{ video }]).root.children[0]?.fields as { id: string }).id).toBe(id)
    const other = richText([{ video: { ...video, title: 'Anders' } }]).root.children[0]
    expect((other?.fields as { id: string }).id).not.toBe(id)
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
  it('gives a video its title on a line of its own and skips other blocks', () => {
    const value = richText([{ p: 'Voor' }, { video: { url: 'https://vimeo.com/1', title: 'Uitleg' } }, { p: 'Na' }])
    value.root.children.push({ type: 'block', version: 2, fields: { blockType: 'banner', title: 'Instelling' } })
    expect(plainText(value)).toBe('Voor\nVideo: Uitleg\nNa')
  })

  it('returns an empty string for missing values', () => {
    expect(plainText(null)).toBe('')
    expect(plainText({})).toBe('')
  })
})
