import type { Page } from '@playwright/test'

/**
 * Runs `visit` for every item, on all `pages` at once: each page takes the next item when it is
 * done. Results come back in the items' order. Chromium runs each page in a renderer process of
 * its own, so axe, which runs in the page, checks two pages at once: the ~190 pages of the site
 * took 2.2 min instead of 2.8 min (e2e/accessibility.spec.ts).
 */
export async function eachOnPages<T, R>(
  pages: Page[],
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = []
  let next = 0
  await Promise.all(
    pages.map(async (page) => {
      while (next < items.length) {
        const index = next++
        results[index] = await visit(page, items[index] as T)
      }
    }),
  )
  return results
}
