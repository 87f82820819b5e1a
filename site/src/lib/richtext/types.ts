import type { VideoProvider } from '@mao/shared/video'
import type { MediaDoc } from '../schemas/common'

/** A video block, checked: the player and watch URLs come from a parsed YouTube or Vimeo address. */
export interface VideoEmbed {
  provider: VideoProvider
  providerLabel: string
  title: string
  embedUrl: string
  watchUrl: string
  still: MediaDoc | null
  transcriptUrl: string | null
}

/**
 * Rendered rich text: HTML strings, with images (for astro:assets) and videos (a component with a
 * script) left for the Astro components.
 */
export type RichTextSegment =
  | { kind: 'html'; html: string }
  | { kind: 'image'; media: MediaDoc; caption: string | null }
  | { kind: 'video'; video: VideoEmbed }

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
