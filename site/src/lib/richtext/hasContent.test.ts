import { describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { hasRichContent } from './hasContent'

describe('hasRichContent', () => {
  it('is true for text and for a video alone', () => {
    expect(hasRichContent(richText([{ p: 'Plan' }]))).toBe(true)
    expect(hasRichContent(richText([{ video: { url: 'https://vimeo.com/1', title: 'Plan' } }]))).toBe(true)
  })

  it('is false for nothing, an empty root and empty paragraphs', () => {
    expect(hasRichContent(null)).toBe(false)
    expect(hasRichContent({ root: { type: 'root', children: [] } })).toBe(false)
    expect(hasRichContent(richText([{ p: '' }, { p: '' }]))).toBe(false)
  })
})
