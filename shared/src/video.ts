/**
 * Video embeds in rich text (the `video` block): which addresses editors may paste, and where the
 * site loads the player from. Only YouTube and Vimeo, and only their privacy-enhanced players:
 * youtube-nocookie.com, and Vimeo with `dnt=1` (no tracking cookies). The site's CSP allows
 * exactly `videoPlayerOrigins` as frame sources.
 */
export type VideoProvider = 'youtube' | 'vimeo'

export interface VideoRef {
  provider: VideoProvider
  id: string
}

export const videoProviderLabels: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' }

export const videoPlayerOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const VIMEO_ID = /^[0-9]{1,12}$/

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
])
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com'])

/** The path segments of a URL, without empty ones (a trailing slash is fine). */
const segments = (url: URL): string[] => url.pathname.split('/').filter(Boolean)

function youtubeId(url: URL): string | undefined {
  const parts = segments(url)
  if (url.hostname === 'youtu.be') return parts.length === 1 ? parts[0] : undefined
  if (!YOUTUBE_HOSTS.has(url.hostname)) return undefined
  if (parts.length === 1 && parts[0] === 'watch') return url.searchParams.get('v') ?? undefined
  if (parts.length === 2 && (parts[0] === 'shorts' || parts[0] === 'embed')) return parts[1]
  return undefined
}

function vimeoId(url: URL): string | undefined {
  const parts = segments(url)
  if (VIMEO_HOSTS.has(url.hostname)) return parts.length === 1 ? parts[0] : undefined
  if (url.hostname === 'player.vimeo.com') return parts.length === 2 && parts[0] === 'video' ? parts[1] : undefined
  return undefined
}

/**
 * The video a YouTube or Vimeo address points to: youtu.be/<id>, youtube.com/watch?v=<id>,
 * /shorts/<id> and /embed/<id>; vimeo.com/<id> and player.vimeo.com/video/<id>. Anything else
 * (other sites, channels, playlists, ids with other characters) gives null.
 */
export function parseVideoUrl(value: string | null | undefined): VideoRef | null {
  let url: URL
  try {
    url = new URL((value ?? '').trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || url.port) return null
  const youtube = youtubeId(url)
  if (youtube !== undefined) return YOUTUBE_ID.test(youtube) ? { provider: 'youtube', id: youtube } : null
  const vimeo = vimeoId(url)
  if (vimeo !== undefined) return VIMEO_ID.test(vimeo) ? { provider: 'vimeo', id: vimeo } : null
  return null
}

/** The privacy-enhanced player, started at once (it is only loaded after the visitor clicked play). */
export function videoEmbedUrl({ provider, id }: VideoRef): string {
  return provider === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`
    : `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`
}

/** The video's page on the provider's site: the fallback without JavaScript. */
export function videoWatchUrl({ provider, id }: VideoRef): string {
  return provider === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`
}
