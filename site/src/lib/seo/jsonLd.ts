import { absoluteUrl } from '@mao/shared/urls'
import type { EventDoc, NewsDoc, SiteSettings } from '../content/types'

export type JsonLd = Record<string, unknown>

export interface Crumb {
  label: string
  href?: string
}

/** JSON for a <script type="application/ld+json">: `<` escaped so content can never close the tag. */
export const serializeJsonLd = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c')

export function breadcrumbList(crumbs: Crumb[], currentUrl: string, siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(siteUrl, crumb.href) : currentUrl,
    })),
  }
}

export function organization(settings: SiteSettings, siteUrl: string, logoUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: settings.siteName,
    url: siteUrl,
    logo: logoUrl,
    ...(settings.tagline ? { description: settings.tagline } : {}),
    ...(settings.contact.email ? { email: settings.contact.email } : {}),
    ...(settings.contact.phone ? { telephone: settings.contact.phone } : {}),
  }
}

export function newsArticle(
  news: NewsDoc,
  url: string,
  imageUrl: string,
  settings: SiteSettings,
  siteUrl: string,
): JsonLd {
  const publisher = { '@type': 'Organization', name: settings.siteName, url: siteUrl }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: news.title,
    description: news.summary,
    url,
    mainEntityOfPage: url,
    image: [imageUrl],
    datePublished: news.publishedAt ?? news.createdAt,
    dateModified: news.updatedAt,
    inLanguage: 'nl-NL',
    author: publisher,
    publisher,
  }
}

export function event(doc: EventDoc, url: string, imageUrl: string, settings: SiteSettings, siteUrl: string): JsonLd {
  const online = Boolean(doc.onlineUrl)
  const physical = Boolean(doc.location)
  const location = [
    ...(physical ? [{ '@type': 'Place', name: doc.location, address: doc.location }] : []),
    ...(online ? [{ '@type': 'VirtualLocation', url: doc.onlineUrl }] : []),
  ]
  const mode =
    online && physical
      ? 'MixedEventAttendanceMode'
      : online
        ? 'OnlineEventAttendanceMode'
        : 'OfflineEventAttendanceMode'
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: doc.title,
    description: doc.summary,
    url,
    image: [imageUrl],
    startDate: doc.startsAt,
    endDate: doc.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: location.length === 1 ? location[0] : location,
    organizer: { '@type': 'Organization', name: settings.siteName, url: siteUrl },
    inLanguage: 'nl-NL',
  }
}
