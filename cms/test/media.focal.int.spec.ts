import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { mediaDir } from '../src/paths'
import { getTestPayload } from '../src/testing'
import { errorText } from './support/errorText'

let payload: Payload

/** A wide grey photo with a red "face" near its right edge. */
const wideWithFaceRight = () =>
  sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#808080' } })
    .composite([
      {
        input: { create: { width: 200, height: 200, channels: 3, background: '#ff0000' } },
        left: 1600,
        top: 400,
      },
    ])
    .png()
    .toBuffer()

const upload = (data: Record<string, unknown>, name: string) =>
  wideWithFaceRight().then((buffer) =>
    payload.create({
      collection: 'media',
      data: data as never,
      file: { data: buffer, mimetype: 'image/png', name, size: buffer.length },
    }),
  )

/** How much of the cropped file is red: the face. */
async function redShare(filename: string | null | undefined): Promise<number> {
  const { data, info } = await sharp(path.join(mediaDir(), String(filename)))
    .raw()
    .toBuffer({ resolveWithObject: true })
  let red = 0
  for (let index = 0; index < data.length; index += info.channels) {
    if (data[index]! > 200 && data[index + 1]! < 60) red += 1
  }
  return red / (info.width * info.height)
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('media focal point and crops', () => {
  it('crops the portrait size of a wide photo around the focal point', async () => {
    const doc = await upload({ alt: 'Portret', focalX: 85, focalY: 50 }, 'portret-focus.png')
    expect(doc.sizes?.portrait).toMatchObject({ width: 600, height: 750 })
    expect(doc.sizes?.card).toMatchObject({ width: 800, height: 450 })
    expect(await redShare(doc.sizes?.portrait?.filename)).toBeCloseTo(0.05, 2) // the whole face: 150 × 150 of 600 × 750 pixels
  })

  it('a focal point on the other side leaves the face out of the portrait', async () => {
    const doc = await upload({ alt: 'Portret', focalX: 10, focalY: 50 }, 'portret-links.png')
    expect(await redShare(doc.sizes?.portrait?.filename)).toBe(0)
  })

  it('stores the focal point for the site', async () => {
    const doc = await upload({ alt: 'Portret', focalX: 85, focalY: 45 }, 'portret-punt.png')
    expect([doc.focalX, doc.focalY]).toEqual([85, 45])
  })
})

describe('alt text and decorative images', () => {
  it('refuses an image without alt text with a Dutch message', async () => {
    const error = await errorText(upload({ alt: '  ' }, 'zonder-alt.png'))
    expect(error).toMatch(/alt: Vul een alternatieve tekst in, of vink "Decoratief beeld" aan/)
  })

  it('accepts an image marked decorative without alt text', async () => {
    const doc = await upload({ decorative: true, credit: 'Foto: Anne de Vries' }, 'decoratief.png')
    expect(doc.decorative).toBe(true)
    expect(doc.alt ?? '').toBe('')
    expect(doc.credit).toBe('Foto: Anne de Vries')
  })

  it('refuses to unmark a decorative image while it has no alt text', async () => {
    const doc = await upload({ decorative: true }, 'decoratief-terug.png')
    const error = await errorText(payload.update({ collection: 'media', id: doc.id, data: { decorative: false } }))
    expect(error).toMatch(/Vul een alternatieve tekst in/)
  })
})
