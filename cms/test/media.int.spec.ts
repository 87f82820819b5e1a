import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from '../src/testing'
import { errorText } from './support/errorText'

let payload: Payload

const png = () =>
  sharp({ create: { width: 1000, height: 750, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('media uploads', () => {
  it('store an image with alt text and responsive WebP sizes', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Blauw vlak' },
      file: { data: await png(), mimetype: 'image/png', name: 'vlak.png', size: 100 },
    })
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.sizes?.thumbnail?.mimeType).toBe('image/webp')
    expect(doc.width).toBe(1000)
    expect(doc.sizes?.card?.width).toBe(800)
  })

  it('refuse an image without alt text', async () => {
    const before = await mediaCount()
    const error = await errorText(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data: await png(), mimetype: 'image/png', name: 'zonder-alt.png', size: 100 },
      }),
    )
    expect(error).toMatch(/alt/i)
    expect(await mediaCount()).toBe(before)
  })

  it('refuse an SVG with a clear message', async () => {
    const before = await mediaCount()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const error = await errorText(
      payload.create({
        collection: 'media',
        data: { alt: 'Logo' },
        file: { data: svg, mimetype: 'image/svg+xml', name: 'logo.svg', size: svg.length },
      }),
    )
    expect(error).toMatch(/bestandstype is niet toegestaan/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuse a file over the size limit with a clear message', async () => {
    const before = await mediaCount()
    const big = Buffer.alloc(11 * 1024 * 1024)
    const error = await errorText(
      payload.create({
        collection: 'media',
        data: { alt: 'Te groot' },
        file: { data: big, mimetype: 'application/pdf', name: 'groot.pdf', size: big.length },
      }),
    )
    expect(error).toMatch(/te groot.*maximaal 10 MB/i)
    expect(await mediaCount()).toBe(before)
  })
})
