import type { RSSOptions } from '@astrojs/rss'
import { publicCollectionInfo } from '@mao/shared/collections'
import { sitePaths } from '@mao/shared/sitePaths'
import { absoluteUrl, collectionPaths, pathFor } from '@mao/shared/urls'
import { escapeHtml } from '../richtext/escapeHtml'

export interface FeedItem {
  title: string
  slug: string
  summary: string
  publishedAt?: string | null
  createdAt: string
  updatedAt?: string
  contentHtml: string
}

/** When the feed's content last changed: its newest edit. Not the build time, which would make every build's feed differ. */
const lastChange = (items: FeedItem[]): Date | undefined => {
  const times = items.map((item) => Date.parse(item.updatedAt ?? item.publishedAt ?? item.createdAt))
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/**
 * The RSS 2.0 feed of news items (newest first) for @astrojs/rss, with the full text as
 * content:encoded, the language and a self link (atom:link).
 */
export function newsFeed(options: {
  siteUrl: string
  siteName: string
  description: string
  items: FeedItem[]
  buildDate?: Date
}): RSSOptions {
  const { siteUrl, siteName, description, items } = options
  const lastBuild = options.buildDate ?? lastChange(items)
  const selfUrl = escapeHtml(absoluteUrl(siteUrl, sitePaths.newsFeed))
  return {
    title: `${publicCollectionInfo.news.label} | ${siteName}`,
    description,
    // The channel links to the news section; item links are absolute.
    site: absoluteUrl(siteUrl, collectionPaths.news),
    trailingSlash: false,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-NL</language>${lastBuild ? `<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>` : ''}<atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: absoluteUrl(siteUrl, pathFor('news', item)),
      pubDate: new Date(item.publishedAt ?? item.createdAt),
      description: item.summary,
      content: item.contentHtml,
    })),
  }
}
