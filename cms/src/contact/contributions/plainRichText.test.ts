import { describe, expect, it } from 'vitest'
import { plainText } from '@mao/shared/lexical'
import { plainRichText } from './plainRichText'

describe('plainRichText', () => {
  it('makes one paragraph per blank-line-separated part, joining line breaks', () => {
    const doc = plainRichText('Eerste alinea\nloopt door.\n\n\n  Tweede alinea.  \n')
    expect(doc.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(plainText(doc)).toBe('Eerste alinea loopt door.\nTweede alinea.')
  })

  it('keeps link and bold markup as literal text', () => {
    const doc = plainRichText('Zie [hier](javascript:alert(1)) en **vet**.')
    const [paragraph] = doc.root.children
    expect(paragraph?.children).toEqual([expect.objectContaining({ type: 'text', format: 0 })])
    expect(JSON.stringify(doc)).not.toContain('"link"')
    expect(plainText(doc)).toBe('Zie [hier](javascript:alert(1)) en **vet**.')
  })
})
