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
  contentHtml: string
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
  const lastBuild = (options.buildDate ?? new Date()).toUTCString()
  const selfUrl = escapeHtml(absoluteUrl(siteUrl, sitePaths.newsFeed))
  return {
    title: `${publicCollectionInfo.news.label} | ${siteName}`,
    description,
    // The channel links to the news section; item links are absolute.
    site: absoluteUrl(siteUrl, collectionPaths.news),
    trailingSlash: false,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-NL</language><lastBuildDate>${lastBuild}</lastBuildDate><atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: absoluteUrl(siteUrl, pathFor('news', item)),
      pubDate: new Date(item.publishedAt ?? item.createdAt),
      description: item.summary,
      content: item.contentHtml,
    })),
  }
}
