import { describe, expect, it } from 'vitest'
import { cspDirectives, mergePolicies, parsePolicy } from './siteCsp'

describe('cspDirectives', () => {
  it("allows the CMS's public origin for form posts and fetches only", () => {
    const directives = cspDirectives('https://cms.example.org/pad/')
    expect(directives).toContain("default-src 'self'")
    expect(directives).toContain("connect-src 'self' https://cms.example.org")
    expect(directives).toContain("form-action 'self' https://cms.example.org")
    expect(directives).toContain("img-src 'self' data:")
    expect(directives.join(';')).not.toMatch(/unsafe-|frame-ancestors|script-src|style-src/)
  })

  it('frames only the two privacy-enhanced video players, and loads no third-party images', () => {
    const directives = cspDirectives('https://cms.example.org')
    const frames = directives.filter((directive) => directive.startsWith('frame-src'))
    expect(frames).toEqual(['frame-src https://www.youtube-nocookie.com https://player.vimeo.com'])
    expect(directives.filter((directive) => directive.startsWith('img-src'))).toEqual(["img-src 'self' data:"])
    expect(directives.join(';')).not.toMatch(/youtube\.com|ytimg|vimeocdn|child-src/)
  })
})

describe('mergePolicies', () => {
  it('unites the sources per directive and adds the extra directives', () => {
    const merged = mergePolicies(
      ["default-src 'self'; script-src 'self' 'sha256-a';", "default-src 'self'; script-src 'self' 'sha256-b'"],
      ["frame-ancestors 'none'"],
    )
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'")
  })

  it('parses directive names case-insensitively and ignores empty parts', () => {
    expect([...parsePolicy(" Script-Src  'self' ;; img-src data: ").entries()]).toEqual([
      ['script-src', ["'self'"]],
      ['img-src', ['data:']],
    ])
  })
})
