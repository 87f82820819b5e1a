import type { APIRoute } from 'astro'
import { newsFeed } from '../../lib/feeds/rss'
import { loadSiteContent } from '../../lib/content/loadSiteContent'
import { mediaPublicUrl } from '../../lib/content/media'
import { internalLinkResolver } from '../../lib/content/paths'
import { renderLexicalHtml } from '../../lib/richtext/renderLexical'

const FEED_SIZE = 30

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSiteContent()
  const siteUrl = site?.toString() ?? 'http://localhost:4321/'
  const options = { resolveInternalLink: internalLinkResolver(content), mediaPublicUrl }
  const items = content.news
    .slice(0, FEED_SIZE)
    .map((doc) => ({ ...doc, contentHtml: renderLexicalHtml(doc.body, options) }))
  const xml = newsFeed({
    siteUrl,
    siteName: content.settings.siteName,
    description: content.settings.tagline ?? 'Nieuws',
    items,
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
