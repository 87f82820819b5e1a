/**
 * The seeded content (scripts/src/seed/content) as search documents, without a CMS: the seed
 * objects are shaped like the Payload documents the site fetches (ids = slugs, rich text through
 * `richText`) and go through the same `searchDocumentsFromPayload` as the site build.
 */
import { richText } from '@mao/shared/lexical'
import type { SearchDocument } from '@mao/shared/search/types'
import { searchDocumentsFromPayload, type SearchContent } from '@mao/shared/searchDocuments'
import { advices } from '../../seed/content/advices'
import { communities } from '../../seed/content/communities'
import { events } from '../../seed/content/events'
import { experts } from '../../seed/content/experts'
import { news } from '../../seed/content/news'
import { pages } from '../../seed/content/pages'
import { practices } from '../../seed/content/practices'
import { publications } from '../../seed/content/publications'
import { regions } from '../../seed/content/regions'
import { themes } from '../../seed/content/themes'

const base = (item: { slug: string; title: string; summary: string; publishedAt: string }) => ({
  id: item.slug,
  slug: item.slug,
  title: item.title,
  summary: item.summary,
  publishedAt: item.publishedAt,
})

function pagePath(slug: string): string {
  const page = pages.find((candidate) => candidate.slug === slug)
  if (page === undefined) throw new Error(`Seed page "${slug}" does not exist`)
  return page.parent === undefined ? `/${slug}` : `${pagePath(page.parent)}/${slug}`
}

export function seedSearchSources(): SearchContent {
  return {
    themes: themes.map((theme) => ({ id: theme.slug, slug: theme.slug, title: theme.title, summary: theme.summary })),
    regions: regions.map((region) => ({
      ...base(region),
      municipalities: region.municipalities,
      description: richText(region.description),
      approach: richText(region.approach),
      themes: region.themes,
    })),
    news: news.map((item) => ({
      ...base(item),
      body: richText(item.body),
      themes: item.themes,
      regions: item.regions,
    })),
    practices: practices.map((item) => ({
      ...base(item),
      body: richText(item.body),
      organisation: item.organisation,
      place: item.place,
      themes: item.themes,
      regions: item.regions,
    })),
    experts: experts.map((item) => ({
      ...base(item),
      role: item.role,
      organisation: item.organisation,
      bio: richText(item.bio),
      themes: item.themes,
      regions: item.regions,
    })),
    communities: communities.map((item) => ({
      ...base(item),
      theme: item.theme,
      description: richText(item.description),
      facilitator: item.facilitator,
      meetings: item.meetings,
    })),
    events: events.map((item) => ({
      ...base(item),
      startsAt: item.startsAt,
      location: item.location,
      body: richText(item.body),
      themes: item.themes,
      regions: item.regions,
    })),
    publications: publications.map((item) => ({
      ...base(item),
      kind: item.kind,
      date: item.date,
      body: richText(item.body),
      themes: item.themes,
      regions: item.regions,
    })),
    pages: pages.map((item) => ({
      ...base(item),
      breadcrumbs: [{ url: pagePath(item.slug) }],
      layout: [
        { blockType: 'richText', content: richText(item.body) },
        ...(item.cta ? [{ blockType: 'callToAction', heading: item.cta.heading, text: item.cta.text }] : []),
      ],
    })),
    advices: advices.map((item) => ({ ...base(item), number: item.number, body: richText(item.body) })),
  }
}

/** The seeded corpus: every document of the searchable collections (see @mao/shared/searchSources). */
export function seedSearchDocuments(): SearchDocument[] {
  return searchDocumentsFromPayload(seedSearchSources())
}
