import type { APIRoute } from 'astro'
import { sitePaths } from '@mao/shared/sitePaths'
import { siteRoot } from '../lib/env'

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', siteRoot(site)).toString()
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${sitePaths.search}?\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
