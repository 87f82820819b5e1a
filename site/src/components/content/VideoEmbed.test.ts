import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { richText } from '@mao/shared/lexical'
import RichText from './RichText.astro'

// Rich text without internal links needs no published content.
vi.mock('../../lib/content/loadSiteContent', () => ({ loadSiteContent: async () => ({}) }))

let container: experimental_AstroContainer

const still = {
  id: 7,
  alt: 'Beeld uit de video',
  url: '/api/media/file/still.webp',
  width: 1280,
  height: 720,
  mimeType: 'image/webp',
}

/** The rendered HTML without Astro's scoping attributes. */
const render = async (video: Record<string, unknown>) =>
  (
    await container.renderToString(RichText, {
      props: { value: richText([{ p: 'Inleiding' }, { video } as never]) },
    })
  ).replace(/ data-astro-cid-[a-z0-9]+/g, '')

/** Every address in an attribute that would make the browser fetch something on its own. */
const fetchedAddresses = (html: string) =>
  [...html.matchAll(/\b(?:src|srcset|poster|data)="([^"]*)"|<link\b[^>]*\bhref="([^"]*)"/g)].map(
    (match) => match[1] ?? match[2],
  )

beforeAll(async () => {
  container = await experimental_AstroContainer.create()
})

describe('a video in rich text', () => {
  it('is a link to the provider’s page, a hidden play button and the player address, with no player yet', async () => {
    const html = await render({ url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Uitleg over de aanpak' })
    expect(html).toMatch(
      /<a class="mao-video__play" href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" rel="external" aria-label="Bekijk op YouTube: Uitleg over de aanpak"/,
    )
    expect(html).toContain('<span class="mao-video__label">Bekijk op YouTube</span>')
    expect(html).toMatch(
      /<button class="mao-video__play"[^>]* type="button" aria-label="Video afspelen: Uitleg over de aanpak" hidden/,
    )
    expect(html).toContain('data-embed-url="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"')
    expect(html).not.toContain('<iframe')
  })

  it('draws a poster with the title when there is no still, and asks nothing of another site', async () => {
    const html = await render({ url: 'https://vimeo.com/76979871', title: 'Terugblik' })
    expect(html).toMatch(/<div class="mao-video__poster"[^>]*aria-hidden="true"[^>]*><span[^>]*>Terugblik<\/span>/)
    expect(html).not.toContain('<img')
    expect(fetchedAddresses(html).filter((address) => /^(https?:)?\/\//.test(address ?? ''))).toEqual([])
    expect(html).not.toMatch(/ytimg|vimeocdn|preconnect|dns-prefetch/)
  })

  it('shows the uploaded still through the image pipeline, decorative beside the title', async () => {
    const html = await render({ url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Uitleg', still })
    const image = /<img\b[^>]*>/.exec(html)?.[0] ?? ''
    expect(image).toMatch(/ alt(="")?[ >]/)
    expect(image).toContain('/_image?href=')
    expect(image).toContain('still.webp')
    expect(image).not.toMatch(/youtube|ytimg/)
    expect(html).not.toContain('mao-video__poster')
  })

  it('links the transcript when there is one, named after the video', async () => {
    const html = await render({ url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Uitleg', transcriptUrl: '/transcript' })
    expect(html).toMatch(
      /<a class="utrecht-link utrecht-link--html-a" href="\/transcript" aria-label="Transcript van de video: Uitleg">\s*Transcript van de video\s*<\/a>/,
    )
    expect(await render({ url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Uitleg' })).not.toContain('Transcript')
  })

  it('escapes the title in text and attributes', async () => {
    const html = await render({ url: 'https://youtu.be/dQw4w9WgXcQ', title: '"><script>alert(1)</script>' })
    const withoutAttributes = html.replace(/="[^"]*"/g, '=""')
    expect(withoutAttributes).not.toContain('<script>alert(1)')
    expect(withoutAttributes).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('aria-label="Video afspelen: &quot;><script>alert(1)</script>"')
  })

  it('leaves out a block whose address is not a YouTube or Vimeo video', async () => {
    const html = await render({ url: 'https://evil.example.org/watch?v=dQw4w9WgXcQ', title: 'Video' })
    expect(html).toContain('Inleiding')
    expect(html).not.toContain('mao-video')
  })
})
