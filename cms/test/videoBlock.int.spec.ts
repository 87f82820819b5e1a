import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { getTestPayload } from '../src/testing'
import { image } from './support/content'
import { errorText } from './support/errorText'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const news = (title: string, video: Parameters<typeof richText>[0][number]) =>
  payload.create({
    collection: 'news',
    data: { title, summary: 's', body: richText([{ p: 'Tekst' }, video]), _status: 'published' },
  })

describe('the video block in rich text', () => {
  it('is stored with its fields, and anonymous readers get the still populated', async () => {
    const still = await image(payload, 'Beeld uit de video')
    const doc = await news('Bericht met video', {
      video: {
        url: 'https://youtu.be/dQw4w9WgXcQ',
        title: 'Uitleg over de aanpak',
        still: still.id,
        transcriptUrl: '/transcripts/uitleg',
      },
    })
    const read = await payload.findByID({ collection: 'news', id: doc.id, depth: 1, overrideAccess: false })
    const node = read.body.root.children[1] as unknown as { type: string; fields: Record<string, unknown> }
    expect(node.type).toBe('block')
    expect(node.fields).toMatchObject({
      blockType: 'video',
      url: 'https://youtu.be/dQw4w9WgXcQ',
      title: 'Uitleg over de aanpak',
      transcriptUrl: '/transcripts/uitleg',
      still: { id: still.id, alt: 'Beeld uit de video', mimeType: 'image/webp' },
    })
  })

  it.each([
    ['https://example.org/video/1', /^body\.url: Gebruik het adres van één video op YouTube of Vimeo/m],
    ['https://www.youtube.com/playlist?list=PL123', /^body\.url: Gebruik het adres van één video op YouTube of Vimeo/m],
    ['', /^body\.url: Vul het adres van de video in\.$/m],
  ])('refuses the address %j with a Dutch message', async (url, message) => {
    const error = await errorText(news('Bericht met foute video', { video: { url, title: 'Video' } }))
    expect(error).toMatch(message)
  })

  it('requires a title, the accessible name of the player', async () => {
    const error = await errorText(
      news('Bericht met naamloze video', { video: { url: 'https://vimeo.com/76979871', title: '' } }),
    )
    expect(error).toContain('body.title: Dit veld is verplicht.')
  })

  it('refuses an unsafe transcript link', async () => {
    const error = await errorText(
      news('Bericht met fout transcript', {
        video: { url: 'https://vimeo.com/76979871', title: 'Video', transcriptUrl: 'javascript:alert(1)' },
      }),
    )
    expect(error).toMatch(/^body\.transcriptUrl: Gebruik een webadres/m)
  })
})
