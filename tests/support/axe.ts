import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The WCAG 2.0–2.2 A and AA rules every page of ours must pass. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe's violations on the page, one line per rule with the elements it failed on; needs JavaScript.
 * `exclude`: selectors of third-party elements we cannot fix, each with its reason where it is listed.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags)
  for (const selector of exclude) builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

export async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}
