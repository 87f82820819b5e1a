/**
 * The longest <title> shown in full in search results; html-validate's `long-title` rule holds
 * every built page to it.
 */
export const MAX_TITLE_LENGTH = 70

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Characters `text` takes in the page as Astro writes it (it escapes these five as entities).
 * html-validate counts a title that way, so "'t Baken" counts 9 for its 8.
 */
export const writtenLength = (text: string): number => text.replace(/[&<>"']/g, (char) => entities[char] ?? char).length

/** The full title, for social previews: the SEO title when the editor set one, else "Page | Site name". */
export function pageTitle(title: string, siteName: string, seoTitle?: string | null): string {
  if (seoTitle?.trim()) return seoTitle.trim()
  return title === siteName ? siteName : `${title} | ${siteName}`
}

/**
 * "<title>": the full title when it fits in MAX_TITLE_LENGTH characters; else the title without
 * the site name, and when even that is too long, cut at a word with "…".
 */
export function documentTitle(title: string, siteName: string, seoTitle?: string | null): string {
  const full = pageTitle(title, siteName, seoTitle)
  if (writtenLength(full) <= MAX_TITLE_LENGTH) return full
  return cutAtWord(seoTitle?.trim() || title, MAX_TITLE_LENGTH, writtenLength)
}

/** A meta description of at most 160 characters, cut at a word boundary. */
export function metaDescription(...candidates: (string | null | undefined)[]): string {
  return cutAtWord(candidates.find((value) => value?.trim()) ?? '', 160)
}

/**
 * `text` on one line, at most `max` long by `measure`: cut after the last whole word that fits,
 * with "…". A text without a space late enough (one very long word) is cut inside the word.
 */
function cutAtWord(text: string, max: number, measure = (part: string) => part.length): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (measure(line) <= max) return line
  let end = max - 1
  while (end > 0 && measure(line.slice(0, end)) > max - 1) end--
  const cut = line.slice(0, end)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:|–-]+$/, '')}…`
}
