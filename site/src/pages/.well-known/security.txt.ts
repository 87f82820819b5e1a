import type { APIRoute } from 'astro'
import { loadSiteContent } from '../../lib/content/loadSiteContent'
import { siteRoot } from '../../lib/env'

/** RFC 9116 security contact, valid for a year from the build (every publish rebuilds the site). */
export const GET: APIRoute = async ({ site }) => {
  const { settings } = await loadSiteContent()
  const base = siteRoot(site)
  const contact = settings.contact.email ? `mailto:${settings.contact.email}` : new URL('/contact', base).toString()
  const expires = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString()
  const lines = [
    `Contact: ${contact}`,
    `Expires: ${expires}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${new URL('/.well-known/security.txt', base).toString()}`,
  ]
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
