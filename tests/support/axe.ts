import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The WCAG 2.0–2.2 A and AA rules every page of ours must pass. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe with those rules, run in the page itself ("legacy mode"). By default @axe-core/playwright
 * finishes every run in a blank page it opens for the purpose, which is there for cross-origin
 * iframes (our pages have none: a video loads only on a click): 1.3–1.6 s per page against
 * 0.7–1.0 s, over the ~190 pages e2e/accessibility.spec.ts checks.
 */
export const axeBuilder = (page: Page): AxeBuilder => new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode()

/**
 * axe's violations on the page, one line per rule with the elements it failed on; needs JavaScript.
 * `exclude`: selectors of third-party elements we cannot fix, each with its reason where it is listed.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  const builder = axeBuilder(page)
  for (const selector of exclude) builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

export async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}
