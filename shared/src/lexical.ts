/**
 * Build Payload Lexical rich text from a few simple blocks, for seed data, generated
 * benchmark content and tests. Inline `[text](url)` becomes a link, `**text**` bold; `video`
 * becomes the body editor's video block (cms/src/fields/videoBlock.ts).
 */
export type RichBlock =
  | { h2: string }
  | { h3: string }
  | { p: string }
  | { ul: string[] }
  | { ol: string[] }
  | { quote: string }
  | { video: VideoBlockFields }

/** The fields of the body editor's `video` block; `still` is a media id. */
export interface VideoBlockFields {
  url: string
  title: string
  still?: number | string | null
  transcriptUrl?: string | null
}

type Direction = 'ltr' | 'rtl' | null
type Format = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'

export interface LexicalNode {
  [key: string]: unknown
  type: string
  version: number
  children?: LexicalNode[]
}

export interface LexicalRoot {
  [key: string]: unknown
  root: { type: string; children: LexicalNode[]; direction: Direction; format: Format; indent: number; version: number }
}

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const text = (value: string, bold = false): LexicalNode => ({
  type: 'text',
  text: value,
  format: bold ? 1 : 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g

/** Split a line into text, bold and link nodes. */
export function inline(line: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  let last = 0
  for (const match of line.matchAll(INLINE)) {
    if (match.index > last) nodes.push(text(line.slice(last, match.index)))
    const [, linkText, url, bold] = match
    if (linkText !== undefined && url !== undefined) {
      nodes.push({
        ...element('link', [text(linkText)]),
        version: 3,
        fields: { url, newTab: false, linkType: 'custom' },
      })
    } else if (bold !== undefined) {
      nodes.push(text(bold, true))
    }
    last = match.index + match[0].length
  }
  if (last < line.length) nodes.push(text(line.slice(last)))
  return nodes
}

function list(items: string[], ordered: boolean): LexicalNode {
  return element(
    'list',
    items.map((item, index) => element('listitem', inline(item), { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

/**
 * Lexical block ids are 24 hex digits (an ObjectId, made by the editor). Seed content must come
 * out the same on every run, so this one is a hash of the block's fields.
 */
function blockId(fields: VideoBlockFields): string {
  let hash = 0x811c9dc5
  const input = JSON.stringify(fields)
  let id = ''
  for (let round = 0; id.length < 24; round++) {
    for (let index = 0; index < input.length; index++) {
      hash = Math.imul(hash ^ input.charCodeAt(index), 0x01000193) >>> 0
    }
    hash = Math.imul(hash ^ round, 0x01000193) >>> 0
    id += hash.toString(16).padStart(8, '0')
  }
  return id.slice(0, 24)
}

const videoBlock = (fields: VideoBlockFields): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: blockId(fields), blockName: '', blockType: 'video', ...fields },
})

function block(entry: RichBlock): LexicalNode {
  if ('video' in entry) return videoBlock(entry.video)
  if ('h2' in entry) return element('heading', inline(entry.h2), { tag: 'h2' })
  if ('h3' in entry) return element('heading', inline(entry.h3), { tag: 'h3' })
  if ('ul' in entry) return list(entry.ul, false)
  if ('ol' in entry) return list(entry.ol, true)
  if ('quote' in entry) return element('quote', inline(entry.quote))
  return element('paragraph', inline(entry.p), { textFormat: 0, textStyle: '' })
}

export function richText(blocks: RichBlock[]): LexicalRoot {
  return {
    root: { type: 'root', children: blocks.map(block), direction: 'ltr', format: '', indent: 0, version: 1 },
  }
}

/** The title of a video block, the only block whose fields are text a reader sees. */
function videoTitle(fields: unknown): string | undefined {
  const { blockType, title } = (fields ?? {}) as { blockType?: unknown; title?: unknown }
  return blockType === 'video' && typeof title === 'string' && title.trim() ? title : undefined
}

/**
 * Plain text of a rich text value: for summaries, search indexing and the newsletter's text part.
 * Blocks give no text (their fields are settings), except a video, which gives its title.
 */
export function plainText(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { text: value, children, type, fields } = node as Record<string, unknown>
    if (type === 'block') {
      const title = videoTitle(fields)
      if (title) parts.push(`\nVideo: ${title}\n`)
      return
    }
    if (typeof value === 'string') parts.push(value)
    if (Array.isArray(children)) {
      children.forEach(walk)
      if (type === 'paragraph' || type === 'heading' || type === 'listitem' || type === 'quote') parts.push('\n')
    }
  }
  walk((value as { root?: unknown } | null)?.root)
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
