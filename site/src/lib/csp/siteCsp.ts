import { videoPlayerOrigins } from '@mao/shared/video'

/**
 * The site's Content-Security-Policy, apart from `script-src` and `style-src`: Astro writes those
 * (`security.csp` in astro.config.ts) with the hashes of the inline scripts and styles it emits, such
 * as the islands' bootstrap. Forms post to the CMS and the newsletter island fetches from it, so the
 * CMS's public origin is allowed for both. Images are processed at build time and served by the site
 * (video stills too: no thumbnails from the video sites). The only frames are the two
 * privacy-enhanced video players, loaded after a click.
 */
export function cspDirectives(cmsPublicUrl: string) {
  const cms = new URL(cmsPublicUrl).origin
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    `frame-src ${videoPlayerOrigins.join(' ')}` as const,
    `connect-src 'self' ${cms}` as const,
    `form-action 'self' ${cms}` as const,
    "base-uri 'self'",
    "object-src 'none'",
  ] as const
}

/**
 * What only a header can say: browsers ignore `frame-ancestors` in a `<meta>` policy (with a console
 * error), so it is added to the policy the release's headers carry.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"]

/** Parse a policy into its directives, each with its sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    const key = name.toLowerCase()
    directives.set(key, [...new Set([...(directives.get(key) ?? []), ...sources])])
  }
  return directives
}

/**
 * One policy that allows what each page's policy allows: the union of the sources per directive.
 * Astro gives every page the same hashes, so in practice this is the one policy of the release.
 */
export function mergePolicies(policies: Iterable<string>, extraDirectives: string[] = []): string {
  const merged = new Map<string, Set<string>>()
  for (const policy of [...policies, extraDirectives.join(';')]) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>()
      for (const source of sources) set.add(source)
      merged.set(name, set)
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}
