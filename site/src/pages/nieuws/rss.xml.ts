import { getRssString } from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { loadSiteContent } from '../../lib/content/loadSiteContent'
import { mediaPublicUrl } from '../../lib/content/media'
import { internalLinkResolver } from '../../lib/content/paths'
import { siteRoot } from '../../lib/env'
import { newsFeed } from '../../lib/feeds/newsFeed'
import { renderLexicalHtml } from '../../lib/richtext/renderLexical'

const FEED_SIZE = 30

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSiteContent()
  const options = { resolveInternalLink: internalLinkResolver(content), mediaPublicUrl }
  const items = content.news
    .slice(0, FEED_SIZE)
    .map((doc) => ({ ...doc, contentHtml: renderLexicalHtml(doc.body, options) }))
  const feed = newsFeed({
    siteUrl: siteRoot(site).href,
    siteName: content.settings.siteName,
    description: content.settings.tagline ?? 'Nieuws',
    items,
  })
  return new Response(await getRssString(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
