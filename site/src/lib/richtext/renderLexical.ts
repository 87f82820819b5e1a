import { isSafeHref } from '@mao/shared/urls'
import { mediaSchema } from '../schemas/common'
import { escapeHtml } from './escapeHtml'
import { applyTextFormat } from './textFormat'
import type { LexicalNode, RenderOptions, RichTextSegment } from './types'
import { videoSegment } from './videoSegment'

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

const asNode = (value: unknown): LexicalNode | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as LexicalNode) : null

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.map(asNode).filter((child) => child !== null) : []

/**
 * Lexical JSON → semantic HTML, safely: all text is escaped, only known node types produce
 * markup, links must pass `isSafeHref` (others keep their text but lose the link), internal
 * links resolve to published site paths only, and headings never become a second h1. Images
 * and top-level video blocks come out as segments of their own for the Astro components.
 */
export function renderLexical(value: unknown, options: RenderOptions): RichTextSegment[] {
  const root = asNode(asNode(value)?.root)
  if (!root) return []
  const segments: RichTextSegment[] = []
  const pushHtml = (html: string) => {
    if (!html) return
    const last = segments.at(-1)
    if (last?.kind === 'html') last.html += html
    else segments.push({ kind: 'html', html })
  }
  for (const block of childrenOf(root)) {
    if (block.type === 'upload') {
      const image = uploadImage(block)
      if (image) segments.push(image)
      else pushHtml(renderNode(block, options))
    } else {
      const video = videoSegment(block)
      if (video) segments.push(video)
      else pushHtml(renderNode(block, options))
    }
  }
  return segments
}

/**
 * The HTML of a rich text value without images (for feeds and plain contexts); a video becomes a
 * link to its page on the provider's site.
 */
export function renderLexicalHtml(value: unknown, options: RenderOptions): string {
  return renderLexical(value, options)
    .map((segment) => {
      if (segment.kind === 'html') return segment.html
      if (segment.kind === 'image') return ''
      const { watchUrl, title, providerLabel } = segment.video
      return `<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${escapeHtml(watchUrl)}" rel="external">Video: ${escapeHtml(title)} (${providerLabel})</a></p>`
    })
    .join('')
}

function uploadImage(node: LexicalNode): RichTextSegment | null {
  const parsed = mediaSchema.safeParse(node.value)
  if (!parsed.success || !parsed.data.url || !parsed.data.width || !parsed.data.height) return null
  if (!parsed.data.mimeType?.startsWith('image/')) return null
  const fields = asNode(node.fields)
  const caption =
    typeof fields?.caption === 'string' && fields.caption.trim() ? fields.caption : (parsed.data.caption ?? null)
  return { kind: 'image', media: parsed.data, caption }
}

const renderChildren = (node: LexicalNode, options: RenderOptions): string =>
  childrenOf(node)
    .map((child) => renderNode(child, options))
    .join('')

function renderNode(node: LexicalNode, options: RenderOptions): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? applyTextFormat(escapeHtml(node.text), node.format) : ''
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph': {
      const inner = renderChildren(node, options)
      return inner.trim() ? `<p class="utrecht-paragraph">${inner}</p>` : ''
    }
    case 'heading': {
      const requested = typeof node.tag === 'string' ? node.tag : 'h2'
      const tag = HEADING_TAGS.has(requested) ? requested : 'h2'
      const inner = renderChildren(node, options)
      return inner.trim() ? `<${tag} class="utrecht-heading-${tag.slice(1)}">${inner}</${tag}>` : ''
    }
    case 'list':
      return renderList(node, options)
    case 'listitem':
      return `<li>${renderChildren(node, options)}</li>`
    case 'quote':
      return `<blockquote class="utrecht-blockquote"><p class="utrecht-blockquote__content">${renderChildren(node, options)}</p></blockquote>`
    case 'horizontalrule':
      return '<hr class="utrecht-separator">'
    case 'link':
    case 'autolink':
      return renderLink(node, options)
    case 'upload':
      return renderDownload(node, options)
    default:
      // Unknown or unsupported nodes (relationships, raw HTML, blocks below the top level): keep
      // their text only. Top-level video blocks are segments of their own (renderLexical).
      return renderChildren(node, options)
  }
}

function renderList(node: LexicalNode, options: RenderOptions): string {
  const ordered = node.listType === 'number' || node.tag === 'ol'
  const tag = ordered ? 'ol' : 'ul'
  const block = ordered ? 'utrecht-ordered-list' : 'utrecht-unordered-list'
  const start = ordered && typeof node.start === 'number' && node.start > 1 ? ` start="${Math.floor(node.start)}"` : ''
  const items = childrenOf(node)
    .map((item) => {
      const inner = renderChildren(item, options)
      // Lexical nests a sub-list in a list item of its own.
      const nestedOnly = childrenOf(item).every((child) => child.type === 'list')
      return nestedOnly
        ? `<li class="${block}__item mao-nested-list-item">${inner}</li>`
        : `<li class="${block}__item">${inner}</li>`
    })
    .join('')
  return items ? `<${tag} class="${block}"${start}>${items}</${tag}>` : ''
}

function linkHref(node: LexicalNode, options: RenderOptions): string | undefined {
  const fields = asNode(node.fields) ?? {}
  if (fields.linkType === 'internal') {
    const doc = asNode(fields.doc)
    if (!doc || typeof doc.relationTo !== 'string') return undefined
    return options.resolveInternalLink(doc.relationTo, doc.value)
  }
  const url = typeof fields.url === 'string' ? fields.url.trim() : ''
  return isSafeHref(url) ? url : undefined
}

function renderLink(node: LexicalNode, options: RenderOptions): string {
  const inner = renderChildren(node, options)
  const href = linkHref(node, options)
  if (!href) return inner
  const newTab = asNode(node.fields)?.newTab === true
  const target = newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  const hint = newTab ? '<span class="mao-visually-hidden"> (opent in een nieuw venster)</span>' : ''
  return `<a class="utrecht-link utrecht-link--html-a" href="${escapeHtml(href)}"${target}>${inner}${hint}</a>`
}

/** A non-image upload (for example a pdf) becomes a download link. */
function renderDownload(node: LexicalNode, options: RenderOptions): string {
  const parsed = mediaSchema.safeParse(node.value)
  if (!parsed.success || !parsed.data.url) return ''
  const label = parsed.data.alt || parsed.data.filename || 'Download'
  const href = options.mediaPublicUrl(parsed.data.url)
  if (!isSafeHref(href)) return ''
  return `<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`
}
