/** Content-hashed files: the name changes whenever the content does. */
const HASHED = /^\/(_astro\/|zoeken\/zoek[a-z]+\.[0-9a-f]{8,}\.json$)/

/**
 * Hashed build assets (`/_astro/`, the search index files) never change: cache them for a year. HTML and data that a
 * rebuild changes under the same name must be revalidated on every visit (cheap with ETags).
 * Other files (images, fonts, downloads) may be reused for an hour.
 *
 * `releasePath` is the served file's path inside the release (`/_astro/app.js`), never the requested
 * URL: `/_astro/%2e%2e/index.html` serves `/index.html` and must not make it immutable.
 */
export function cacheControlFor(releasePath: string, contentType: string): string {
  if (HASHED.test(releasePath)) return 'public, max-age=31536000, immutable'
  if (/^(text\/html|application\/(json|xml|rss\+xml|manifest\+json)|text\/(plain|calendar))/.test(contentType))
    return 'no-cache'
  return 'public, max-age=3600'
}
