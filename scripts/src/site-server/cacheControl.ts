/**
 * Hashed build assets (`/_astro/`) never change: cache them for a year. HTML and data that a
 * rebuild changes under the same name must be revalidated on every visit (cheap with ETags).
 * Other files (images, fonts, downloads) may be reused for an hour.
 */
export function cacheControlFor(urlPath: string, contentType: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable'
  if (urlPath.startsWith('/pagefind/')) return 'no-cache'
  if (/^(text\/html|application\/(json|xml|rss\+xml|manifest\+json)|text\/(plain|calendar))/.test(contentType))
    return 'no-cache'
  return 'public, max-age=3600'
}
