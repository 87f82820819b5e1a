/** URL slugs that are safe for Dutch titles: diacritics folded, apostrophes dropped, `&` spelled out. */
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const SLUG_MAX_LENGTH = 96

function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '')
}

export function slugify(text: string): string {
  const slug = foldDiacritics(text)
    .toLowerCase()
    // "regio's" → "regios", "'s-Hertogenbosch" → "s-hertogenbosch", "’t Baken" → "t-baken"
    .replace(/['’‘`´]/g, '')
    .replace(/&/g, ' en ')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return trimToLength(slug, SLUG_MAX_LENGTH)
}

/** Cut at a hyphen so a long slug never ends in half a word. */
function trimToLength(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut
}

export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
}
