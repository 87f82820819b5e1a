import type { APIRoute } from 'astro'
import { loadSiteContent } from '../../lib/content/loadSiteContent'
import { siteRoot } from '../../lib/env'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * RFC 9116 security contact, valid for a year from the day of the build (every publish rebuilds
 * the site). The day, not the moment: two builds of the same content on one day are identical.
 */
export const GET: APIRoute = async ({ site }) => {
  const { settings } = await loadSiteContent()
  const base = siteRoot(site)
  const contact = settings.contact.email ? `mailto:${settings.contact.email}` : new URL('/contact', base).toString()
  const today = new Date()
  const expires = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + YEAR_MS,
  ).toISOString()
  const lines = [
    `Contact: ${contact}`,
    `Expires: ${expires}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${new URL('/.well-known/security.txt', base).toString()}`,
  ]
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
