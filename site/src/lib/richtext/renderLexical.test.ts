import { describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { renderLexical, renderLexicalHtml } from './renderLexical'
import type { RenderOptions } from './types'

const published: Record<string, string> = { 'news:1': '/nieuws/gepubliceerd', 'pages:3': '/het-programma/adviezen' }
const options: RenderOptions = {
  resolveInternalLink: (relationTo, value) => {
    const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value
    return published[`${relationTo}:${String(id)}`]
  },
  mediaPublicUrl: (url) => `https://cms.example.org${url}`,
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const root = (...children: unknown[]) => ({ root: { type: 'root', children } })
const link = (fields: Record<string, unknown>, label = 'klik') => ({
  type: 'link',
  version: 3,
  fields,
  children: [text(label)],
})
const html = (value: unknown) => renderLexicalHtml(value, options)

describe('renderLexical', () => {
  it('renders headings, paragraphs, lists and quotes as semantic HTML with Utrecht classes', () => {
    const output = html(
      richText([
        { h2: 'Kop' },
        { p: 'Tekst met **vet**' },
        { ul: ['een', 'twee'] },
        { ol: ['eerst'] },
        { quote: 'Citaat' },
      ]),
    )
    expect(output).toContain('<h2 class="utrecht-heading-2">Kop</h2>')
    expect(output).toContain('<p class="utrecht-paragraph">Tekst met <strong>vet</strong></p>')
    expect(output).toContain('<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item">een</li>')
    expect(output).toContain('<ol class="utrecht-ordered-list"><li class="utrecht-ordered-list__item">eerst</li></ol>')
    expect(output).toContain('<blockquote class="utrecht-blockquote">')
  })

  it('escapes text, so markup in content stays text', () => {
    const output = html(root(paragraph(text('<script>alert(1)</script> & "quotes"'))))
    expect(output).toBe(
      '<p class="utrecht-paragraph">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>',
    )
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'vbscript:x',
    'data:text/html,<b>x</b>',
    '//evil.example.org',
  ])('drops the unsafe link %j but keeps its text', (url) => {
    const output = html(root(paragraph(link({ linkType: 'custom', url }, 'gevaarlijk'))))
    expect(output).toBe('<p class="utrecht-paragraph">gevaarlijk</p>')
  })

  it('keeps safe links and escapes their href', () => {
    const output = html(root(paragraph(link({ linkType: 'custom', url: 'https://example.org/?a=1&b="2"' }))))
    expect(output).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
  })

  it('opens new-tab links safely and says so', () => {
    const output = html(root(paragraph(link({ linkType: 'custom', url: 'https://example.org', newTab: true }))))
    expect(output).toContain('target="_blank" rel="noopener noreferrer"')
    expect(output).toContain('(opent in een nieuw venster)')
  })

  it('resolves internal links to published documents, populated or not', () => {
    expect(
      html(root(paragraph(link({ linkType: 'internal', doc: { relationTo: 'news', value: { id: 1, slug: 'x' } } })))),
    ).toContain('href="/nieuws/gepubliceerd"')
    expect(html(root(paragraph(link({ linkType: 'internal', doc: { relationTo: 'pages', value: 3 } }))))).toContain(
      'href="/het-programma/adviezen"',
    )
  })

  it('turns an internal link to an unpublished document into plain text', () => {
    const output = html(
      root(paragraph(link({ linkType: 'internal', doc: { relationTo: 'news', value: 99 } }, 'concept'))),
    )
    expect(output).toBe('<p class="utrecht-paragraph">concept</p>')
  })

  it('never renders a second h1 and ignores unknown heading tags', () => {
    const output = html(
      root(
        { type: 'heading', tag: 'h1', children: [text('Groot')] },
        { type: 'heading', tag: 'script', children: [text('x')] },
      ),
    )
    expect(output).toBe('<h2 class="utrecht-heading-2">Groot</h2><h2 class="utrecht-heading-2">x</h2>')
  })

  it('keeps only the text of unknown nodes and skips empty paragraphs', () => {
    const output = html(
      root({ type: 'block', fields: { html: '<iframe>' }, children: [text('binnen')] }, paragraph(), {
        type: 'raw-html',
        html: '<b>x</b>',
      }),
    )
    expect(output).toBe('binnen')
  })

  it('applies text formats in a fixed nesting order', () => {
    expect(html(root(paragraph(text('x', 1 | 2 | 16))))).toBe(
      '<p class="utrecht-paragraph"><strong><em><code>x</code></em></strong></p>',
    )
  })

  it('leaves images to the page (for astro:assets) and links other uploads', () => {
    const image = {
      id: 5,
      alt: 'Foto',
      url: '/api/media/file/foto.webp',
      width: 1600,
      height: 900,
      mimeType: 'image/webp',
    }
    const pdf = { id: 6, alt: 'Handreiking', url: '/api/media/file/gids.pdf', mimeType: 'application/pdf' }
    const segments = renderLexical(
      root({ type: 'upload', value: image, fields: { caption: 'Bijschrift' } }, { type: 'upload', value: pdf }),
      options,
    )
    expect(segments[0]).toMatchObject({ kind: 'image', caption: 'Bijschrift', media: { url: image.url, width: 1600 } })
    expect(segments[1]).toEqual({
      kind: 'html',
      html: '<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="https://cms.example.org/api/media/file/gids.pdf">Handreiking</a></p>',
    })
  })

  it('makes a video block a segment with the privacy-enhanced player and the watch page', () => {
    const still = {
      id: 7,
      alt: 'Beeld',
      url: '/api/media/file/beeld.webp',
      width: 1280,
      height: 720,
      mimeType: 'image/webp',
    }
    const segments = renderLexical(
      richText([
        { p: 'Voor' },
        { video: { url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Uitleg <b>', still, transcriptUrl: '/transcript' } },
        { p: 'Na' },
      ] as never),
      options,
    )
    expect(segments.map((segment) => segment.kind)).toEqual(['html', 'video', 'html'])
    expect(segments[1]).toEqual({
      kind: 'video',
      video: {
        provider: 'youtube',
        providerLabel: 'YouTube',
        title: 'Uitleg <b>',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
        watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        still: expect.objectContaining({ url: still.url, width: 1280 }),
        transcriptUrl: '/transcript',
      },
    })
  })

  it('drops a video block with an address that is not a video, and an unsafe transcript link', () => {
    const video = (url: string, transcriptUrl?: string) =>
      renderLexical(richText([{ video: { url, title: 'Video', transcriptUrl } }]), options)
    expect(video('https://evil.example.org/watch?v=dQw4w9WgXcQ')).toEqual([])
    expect(video('https://vimeo.com/76979871', 'javascript:alert(1)')[0]).toMatchObject({
      kind: 'video',
      video: { embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1', transcriptUrl: null, still: null },
    })
  })

  it('links a video to its watch page in plain HTML (feeds)', () => {
    expect(html(richText([{ video: { url: 'https://vimeo.com/76979871', title: 'Uitleg & meer' } }]))).toBe(
      '<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="https://vimeo.com/76979871" rel="external">Video: Uitleg &amp; meer (Vimeo)</a></p>',
    )
  })

  it('renders nothing for missing or malformed values', () => {
    expect(renderLexical(null, options)).toEqual([])
    expect(renderLexical({ root: 'x' }, options)).toEqual([])
    expect(renderLexical({ root: { children: [null, 3, 'x'] } }, options)).toEqual([])
  })
})
