import { isSafeHref } from '@mao/shared/urls'
import { parseVideoUrl, videoEmbedUrl, videoProviderLabels, videoWatchUrl } from '@mao/shared/video'
import { mediaSchema } from '../schemas/common'
import type { LexicalNode, RichTextSegment, VideoEmbed } from './types'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** A populated image upload with its dimensions (what the image pipeline needs), else null. */
function stillImage(value: unknown): VideoEmbed['still'] {
  const parsed = mediaSchema.safeParse(value)
  if (!parsed.success) return null
  const { url, width, height, mimeType } = parsed.data
  return url && width && height && mimeType?.startsWith('image/') ? parsed.data : null
}

/**
 * The video of a `video` block node, or null when it is not one or its address or title is
 * unusable (an old or imported document): such a block is left out rather than half shown.
 */
export function videoSegment(node: LexicalNode): RichTextSegment | null {
  const fields = node.fields && typeof node.fields === 'object' ? (node.fields as Record<string, unknown>) : {}
  if (node.type !== 'block' || fields.blockType !== 'video') return null
  const ref = parseVideoUrl(text(fields.url))
  const title = text(fields.title)
  if (!ref || !title) return null
  const transcript = text(fields.transcriptUrl)
  return {
    kind: 'video',
    video: {
      provider: ref.provider,
      providerLabel: videoProviderLabels[ref.provider],
      title,
      embedUrl: videoEmbedUrl(ref),
      watchUrl: videoWatchUrl(ref),
      still: stillImage(fields.still),
      transcriptUrl: transcript && isSafeHref(transcript) ? transcript : null,
    },
  }
}
