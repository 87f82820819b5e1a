import { getRssString } from '@astrojs/rss'
import { describe, expect, it } from 'vitest'
import { newsFeed } from './newsFeed'

describe('newsFeed', () => {
  it('escapes titles and content, with absolute links, the language and a self link', async () => {
    const xml = await getRssString(
      newsFeed({
        siteUrl: 'https://site.example',
        siteName: 'Met Andere Ogen',
        description: 'Nieuws',
        buildDate: new Date('2026-01-01T00:00:00Z'),
        items: [
          {
            title: 'A & <b>',
            slug: 'a',
            summary: 's',
            createdAt: '2026-01-01T00:00:00Z',
            contentHtml: '<p>x ]]> y</p>',
          },
        ],
      }),
    )
    expect(xml).toContain('<title>A &amp; &lt;b&gt;</title>')
    expect(xml).toContain('<link>https://site.example/nieuws/a</link>')
    expect(xml).toContain('<guid isPermaLink="true">https://site.example/nieuws/a</guid>')
    expect(xml).toContain('<pubDate>Thu, 01 Jan 2026 00:00:00 GMT</pubDate>')
    expect(xml).toContain('<content:encoded>&lt;p&gt;x ]]&gt; y&lt;/p&gt;</content:encoded>')
    expect(xml).toContain('<link>https://site.example/nieuws</link>')
    expect(xml).toContain('<language>nl-NL</language>')
    expect(xml).toContain(
      '<atom:link href="https://site.example/nieuws/rss.xml" rel="self" type="application/rss+xml"/>',
    )
  })
})
