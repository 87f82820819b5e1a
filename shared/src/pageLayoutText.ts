/** The searchable text of a page's layout blocks. */
import { plainText } from './lexical'

export type LayoutBlock = Record<string, unknown>

/** Text of the rich text, call-to-action and media caption blocks of a page layout, in order. */
export function pageLayoutText(layout: readonly LayoutBlock[]): string {
  const parts: string[] = []
  for (const block of layout) {
    if (block.blockType === 'richText') parts.push(plainText(block.content))
    if (block.blockType === 'callToAction') {
      for (const value of [block.heading, block.text]) if (typeof value === 'string') parts.push(value)
    }
    if (block.blockType === 'mediaBlock' && typeof block.caption === 'string') parts.push(block.caption)
  }
  return parts.filter(Boolean).join('\n')
}
