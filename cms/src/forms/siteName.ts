import type { Payload } from 'payload'

/** The site's name from the site settings, for emails. */
export async function siteName(payload: Payload): Promise<string> {
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => undefined)
  return settings?.siteName || 'Met Andere Ogen'
}
