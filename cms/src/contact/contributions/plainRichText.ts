import { richText, type LexicalNode, type LexicalRoot } from '@mao/shared/lexical'

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/**
 * A visitor's text as rich text: one paragraph per blank-line-separated part, line breaks kept as
 * spaces. Taken literally: `[x](url)` and `**x**` stay text, so a post cannot plant links.
 */
export function plainRichText(text: string): LexicalRoot {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const document = richText(parts.map(() => ({ p: '' })))
  document.root.children.forEach((paragraph, index) => {
    paragraph.children = [textNode(parts[index]!)]
  })
  return document
}
