import type { MediaDoc } from '../schemas/common'

/** Rendered rich text: HTML strings, with images left for the Astro component (astro:assets). */
export type RichTextSegment =
  { kind: 'html'; html: string } | { kind: 'image'; media: MediaDoc; caption: string | null }

export interface RenderOptions {
  /** Site path of an internal link target, or undefined when it is not published. */
  resolveInternalLink: (relationTo: string, value: unknown) => string | undefined
  /** Public URL of a media file (downloads in rich text). */
  mediaPublicUrl: (url: string) => string
}

export interface LexicalNode {
  type?: unknown
  children?: unknown
  [key: string]: unknown
}
