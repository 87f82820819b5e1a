import { readdirSync } from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { mediaDir } from '../src/paths'
import { getTestPayload } from '../src/testing'
import { errorText } from './support/errorText'
import { hugeGif, hugePng } from './support/hugeImages'

let payload: Payload

const storedFiles = () => {
  try {
    return readdirSync(mediaDir()).length
  } catch {
    return 0
  }
}
const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

async function expectRefused(file: { data: Buffer; mimetype: string; name: string }) {
  const [docsBefore, filesBefore] = [await mediaCount(), storedFiles()]
  const error = await errorText(
    payload.create({ collection: 'media', data: { alt: 'Enorm' }, file: { ...file, size: file.data.length } }),
  )
  expect(await mediaCount()).toBe(docsBefore)
  expect(storedFiles()).toBe(filesBefore)
  return error
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('media image limits', () => {
  it('refuse a tiny GIF with a 16000 × 16000 frame before decoding it, with a Dutch message', async () => {
    const gif = hugeGif(16000, 16000)
    expect(gif.length).toBeLessThan(40)
    const error = await expectRefused({ data: gif, mimetype: 'image/gif', name: 'klein.gif' })
    expect(error).toMatch(/afbeelding is te groot: 16000 × 16000 pixels.*maximaal 50 megapixel/)
  })

  it('refuse a PNG whose header claims 20000 × 20000 pixels', async () => {
    const error = await expectRefused({ data: await hugePng(20000, 20000), mimetype: 'image/png', name: 'groot.png' })
    expect(error).toMatch(/20000 × 20000 pixels/)
  })

  it('refuse a huge image that claims to be a PDF (Payload sniffs the real type and would decode it)', async () => {
    const error = await expectRefused({ data: hugeGif(16000, 16000), mimetype: 'application/pdf', name: 'stiekem.pdf' })
    expect(error).toMatch(/te groot: 16000 × 16000 pixels/)
  })

  it('store a 6000 × 4000 photo with the original scaled down to 4000 px', async () => {
    const photo = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#f0a030' } })
      .jpeg()
      .toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Oranje vlak' },
      file: { data: photo, mimetype: 'image/jpeg', name: 'foto.jpg', size: photo.length },
    })
    expect([doc.width, doc.height]).toEqual([4000, 2667])
    const stored = await sharp(`${mediaDir()}/${doc.filename}`).metadata()
    expect([stored.width, stored.height]).toEqual([4000, 2667])
  })

  it('keep a small image at its own size', async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Klein wit vlak' },
      file: { data: small, mimetype: 'image/png', name: 'klein.png', size: small.length },
    })
    expect([doc.width, doc.height]).toEqual([300, 200])
  })
})
