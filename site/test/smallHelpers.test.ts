import { describe, expect, it } from 'vitest'
import { remotePatternFor } from '../src/lib/cms/remotePattern'
import { splitEvents } from '../src/lib/content/events'
import { eventTimeRange } from '../src/lib/content/eventTimes'
import type { EventDoc } from '../src/lib/content/types'
import { cmsPublicUrl, cmsUrl, SiteConfigError, siteUrl } from '../src/lib/env'
import { newsFeed } from '../src/lib/feeds/rss'
import { serializeJsonLd } from '../src/lib/seo/jsonLd'
import { metaDescription, pageTitle } from '../src/lib/seo/pageTitle'

describe('environment', () => {
  it('has defaults and trims trailing slashes', () => {
    expect(cmsUrl({})).toBe('http://localhost:3000')
    expect(siteUrl({ SITE_URL: 'https://aanpakmetandereogen.nl/' })).toBe('https://aanpakmetandereogen.nl')
    expect(cmsPublicUrl({ CMS_URL: 'http://cms:3000' })).toBe('http://cms:3000')
    expect(cmsPublicUrl({ CMS_URL: 'http://cms:3000', CMS_PUBLIC_URL: 'https://cms.example.org' })).toBe(
      'https://cms.example.org',
    )
  })

  it('explains a malformed URL', () => {
    expect(() => cmsUrl({ CMS_URL: 'localhost:3000' })).toThrow(SiteConfigError)
    expect(() => cmsUrl({ CMS_URL: 'niet een url' })).toThrow(/CMS_URL is not a valid URL/)
    expect(() => siteUrl({ SITE_URL: 'ftp://x' })).toThrow(/must start with http/)
  })

  it('allows exactly the CMS origin for remote images', () => {
    expect(remotePatternFor('http://127.0.0.1:3000')).toEqual({ protocol: 'http', hostname: '127.0.0.1', port: '3000' })
    expect(remotePatternFor('https://cms.example.org')).toEqual({ protocol: 'https', hostname: 'cms.example.org' })
  })
})

describe('events', () => {
  const event = (slug: string, startsAt: string, endsAt: string) => ({ slug, startsAt, endsAt }) as EventDoc
  it('splits upcoming (soonest first) from past (latest first), by end time', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const { upcoming, past } = splitEvents(
      [
        event('lang-geleden', '2025-01-01T10:00:00Z', '2025-01-01T12:00:00Z'),
        event('bezig', '2026-06-01T10:00:00Z', '2026-06-01T14:00:00Z'),
        event('later', '2026-09-01T10:00:00Z', '2026-09-01T12:00:00Z'),
        event('net-geweest', '2026-05-01T10:00:00Z', '2026-05-01T12:00:00Z'),
      ],
      now,
    )
    expect(upcoming.map((item) => item.slug)).toEqual(['bezig', 'later'])
    expect(past.map((item) => item.slug)).toEqual(['net-geweest', 'lang-geleden'])
  })

  it('shows times in Europe/Amsterdam, with one date for a one-day event', () => {
    expect(eventTimeRange('2026-03-12T12:30:00Z', '2026-03-12T15:00:00Z')).toBe('12 maart 2026 om 13:30 – 16:00')
    expect(eventTimeRange('2026-07-01T07:00:00Z', '2026-07-02T15:00:00Z')).toBe(
      '1 juli 2026 om 09:00 – 2 juli 2026 om 17:00',
    )
  })
})

describe('SEO helpers', () => {
  it('adds the site name to titles unless an SEO title is set', () => {
    expect(pageTitle('Nieuws', 'Met Andere Ogen')).toBe('Nieuws | Met Andere Ogen')
    expect(pageTitle('Met Andere Ogen', 'Met Andere Ogen')).toBe('Met Andere Ogen')
    expect(pageTitle('Nieuws', 'Met Andere Ogen', ' Eigen titel ')).toBe('Eigen titel')
  })

  it('cuts long descriptions at a word', () => {
    const description = metaDescription('', null, 'woord '.repeat(60))
    expect(description.length).toBeLessThanOrEqual(160)
    expect(description.endsWith('woord…')).toBe(true)
  })

  it('serialises JSON-LD so content cannot close the script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>')
  })

  it('escapes feed titles and keeps CDATA intact', () => {
    const xml = newsFeed({
      siteUrl: 'https://site.example',
      siteName: 'Met Andere Ogen',
      description: 'Nieuws',
      buildDate: new Date('2026-01-01T00:00:00Z'),
      items: [
        { title: 'A & <b>', slug: 'a', summary: 's', createdAt: '2026-01-01T00:00:00Z', contentHtml: '<p>x ]]> y</p>' },
      ],
    })
    expect(xml).toContain('<title>A &amp; &lt;b&gt;</title>')
    expect(xml).toContain('<link>https://site.example/nieuws/a</link>')
    expect(xml).toContain('<![CDATA[<p>x ]]]]><![CDATA[> y</p>]]>')
  })
})
