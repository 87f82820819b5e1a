/**
 * What an `astro build` did with each image, from its log (one "▶" line an image). Our Astro patch
 * generates a remote image as soon as a page first asks for it, while the pages still render; the
 * "generating optimized images" step after the pages does the rest.
 */
export interface ImageStep {
  images: number
  /** Fetched and resized: no usable cache entry. */
  transformed: number
  /** Asked the CMS whether the file changed (304) and copied the cached result. */
  revalidated: number
  /** Copied from the cache without asking (a fresh cache entry). */
  reused: number
  /** Generated while the pages were rendering, before the image step. */
  whileRendering: number
}

export function imageStep(output: string): ImageStep {
  const lines = output.split('\n')
  const start = lines.findIndex((line) => line.includes('generating optimized images'))
  const images = lines.flatMap((line, index) => (line.includes('▶') ? [index] : []))
  const count = (marker: string) => images.filter((index) => lines[index]!.includes(marker)).length
  return {
    images: images.length,
    transformed: count('(before:'),
    revalidated: count('(revalidated cache entry)'),
    reused: count('(reused cache entry)'),
    whileRendering: images.filter((index) => start < 0 || index < start).length,
  }
}
