import { describe, expect, it } from 'vitest'
import { pagePolicy } from './pagePolicy'

describe('pagePolicy', () => {
  it("reads the policy of Astro's meta element, entities decoded", () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-x&amp;y&#39;;"><title>t</title>'
    expect(pagePolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-x&y';")
  })

  it('finds nothing on a page without one', () => {
    expect(pagePolicy('<html><head><meta name="description" content="x"></head></html>')).toBeUndefined()
  })
})
