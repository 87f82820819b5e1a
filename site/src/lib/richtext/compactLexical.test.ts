import { describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { compactLexical } from './compactLexical'
import { renderLexicalHtml } from './renderLexical'
import type { RenderOptions } from './types'
import { richTextSchema } from '../schemas/common'

const options: RenderOptions = {
  resolveInternalLink: (relationTo, value) =>
    relationTo === 'news' && (value as { id?: unknown }).id === 1 ? '/nieuws/een' : undefined,
  mediaPublicUrl: (url) => `https://cms.example.org${url}`,
}

/** Rich text as the Payload editor saves it, with every editor key filled in. */
const editorJson = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      ...richText([{ h2: 'Kop' }, { p: 'Tekst met **vet**' }, { ol: ['eerst', 'dan'] }]).root.children,
      {
        type: 'paragraph',
        format: 'center',
        indent: 1,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: 'cursief', format: 2, detail: 0, mode: 'normal', style: '', version: 1 },
          {
            type: 'link',
            version: 3,
            fields: { linkType: 'internal', doc: { relationTo: 'news', value: { id: 1 } }, newTab: true },
            children: [
              { type: 'text', text: 'lees', format: 0, detail: 0, mode: 'normal', style: 'color: red', version: 1 },
            ],
          },
        ],
      },
      {
        type: 'upload',
        version: 3,
        relationTo: 'media',
        value: { id: 4, url: '/api/media/file/plan.pdf', alt: 'Het plan', mimeType: 'application/pdf', version: 7 },
        fields: null,
      },
    ],
  },
}

const keysIn = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, found))
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      found.add(key)
      keysIn(child, found)
    }
  return found
}

describe('compactLexical', () => {
  it('drops editor-only keys from every node down the children', () => {
    const compact = compactLexical(editorJson)
    const nodeKeys = keysIn(compact.root.children.map((node) => ({ ...node, value: undefined, fields: undefined })))
    for (const key of ['version', 'direction', 'indent', 'mode', 'style', 'detail', 'textFormat', 'textStyle'])
      expect(nodeKeys.has(key), key).toBe(false)
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(editorJson).length * 0.75)
  })

  it('keeps what the renderer reads: text, formats, tags, list types, link fields and upload values', () => {
    const compact = compactLexical(editorJson)
    const paragraph = compact.root.children.at(-2) as unknown as { format: string; children: { format?: number }[] }
    expect(paragraph.format).toBe('center')
    expect(paragraph.children[0]?.format).toBe(2)
    expect(compact.root.children.at(-1)).toMatchObject({ value: { version: 7, url: '/api/media/file/plan.pdf' } })
    expect(renderLexicalHtml(compact, options)).toBe(renderLexicalHtml(editorJson, options))
    expect(renderLexicalHtml(compact, options)).toContain('<em>cursief</em>')
    expect(renderLexicalHtml(compact, options)).toContain('href="/nieuws/een" target="_blank"')
  })

  it('is applied by the rich text schema, which leaves the input untouched', () => {
    const input = structuredClone(editorJson)
    const parsed = richTextSchema.parse(input)
    expect(keysIn(parsed?.root.children.slice(0, 3)).has('version')).toBe(false)
    expect(input).toEqual(editorJson)
    expect(richTextSchema.parse(null)).toBeNull()
  })
})
