import type { FormSettings } from './settings'

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/**
 * Whether a post may come from this Origin header: absent (old browsers posting a plain form,
 * curl, scripts without a browser) or the site's or the CMS's own origin. Any other origin,
 * `null` included (sandboxed frames, opaque redirects), is another site posting in a visitor's
 * name, and is refused.
 */
export function isAllowedOrigin(
  origin: string | null,
  settings: Pick<FormSettings, 'siteUrl' | 'cmsPublicUrl'>,
): boolean {
  if (origin === null || origin.trim() === '') return true
  const allowed = [originOf(settings.siteUrl), originOf(settings.cmsPublicUrl)]
  return allowed.includes(originOf(origin.trim()) ?? '\0')
}
