import { absoluteUrl, pathFor } from '@mao/shared/urls'
import { escapeHtml } from '../richtext/escapeHtml'

export interface FeedItem {
  title: string
  slug: string
  summary: string
  publishedAt?: string | null
  createdAt: string
  contentHtml: string
}

const cdata = (html: string): string => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

/** An RSS 2.0 feed of news items (newest first), with the full text as content:encoded. */
export function newsFeed(options: {
  siteUrl: string
  siteName: string
  description: string
  items: FeedItem[]
  buildDate?: Date
}): string {
  const { siteUrl, siteName, description, items } = options
  const feedUrl = absoluteUrl(siteUrl, '/nieuws/rss.xml')
  const entries = items
    .map((item) => {
      const url = absoluteUrl(siteUrl, pathFor('news', item))
      const date = new Date(item.publishedAt ?? item.createdAt).toUTCString()
      return [
        '    <item>',
        `      <title>${escapeHtml(item.title)}</title>`,
        `      <link>${escapeHtml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeHtml(url)}</guid>`,
        `      <pubDate>${date}</pubDate>`,
        `      <description>${escapeHtml(item.summary)}</description>`,
        `      <content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
        '    </item>',
      ].join('\n')
    })
    .join('\n')
  const lastBuild = (options.buildDate ?? new Date()).toUTCString()
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeHtml(`Nieuws | ${siteName}`)}</title>
    <link>${escapeHtml(absoluteUrl(siteUrl, '/nieuws'))}</link>
    <description>${escapeHtml(description)}</description>
    <language>nl-NL</language>
    <lastBuildDate>${lastBuild}</lastBuildDate>
    <atom:link href="${escapeHtml(feedUrl)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`
}
