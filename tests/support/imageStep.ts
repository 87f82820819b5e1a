/** What the "generating optimized images" step of an `astro build` log did with each image. */
export interface ImageStep {
  images: number
  /** Fetched and resized: no usable cache entry. */
  transformed: number
  /** Asked the CMS whether the file changed (304) and copied the cached result. */
  revalidated: number
  /** Copied from the cache without asking (a fresh cache entry). */
  reused: number
}

export function imageStep(output: string): ImageStep {
  const start = output.indexOf('generating optimized images')
  const lines =
    start < 0
      ? []
      : output
          .slice(start)
          .split('\n')
          .filter((line) => line.includes('▶'))
  const count = (marker: string) => lines.filter((line) => line.includes(marker)).length
  return {
    images: lines.length,
    transformed: count('(before:'),
    revalidated: count('(revalidated cache entry)'),
    reused: count('(reused cache entry)'),
  }
}
