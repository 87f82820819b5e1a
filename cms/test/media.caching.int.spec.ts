import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Media } from '@mao/shared/payload-types'
import { mediaDir } from '../src/paths'
import { getTestPayload, startRestServer } from '../src/testing'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>

const image = (background: string) =>
  sharp({ create: { width: 1800, height: 1200, channels: 3, background } })
    .png()
    .toBuffer()

const file = async (name: string, background: string) => {
  const data = await image(background)
  return { data, mimetype: 'image/png', name, size: data.length }
}

const get = (filename: string | null | undefined, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/api/media/file/${String(filename)}`, { headers })

/** The original and the sizes the site resizes from. */
const filesOf = (doc: Media) => ({
  original: doc.filename,
  card: doc.sizes?.card?.filename,
  hero: doc.sizes?.hero?.filename,
  portrait: doc.sizes?.portrait?.filename,
})

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
})

afterAll(async () => {
  await api?.close()
})

describe('media file responses', () => {
  it('send a strong ETag, Last-Modified and a revalidate-always Cache-Control, then 304 for the same file', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Blauw' },
      file: await file('cache.png', '#1d4f91'),
    })
    for (const [variant, filename] of Object.entries(filesOf(doc))) {
      expect(filename, variant).toBeTruthy()
      const first = await get(filename)
      expect(first.status, variant).toBe(200)
      const etag = first.headers.get('etag')
      expect(etag, variant).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
      expect(first.headers.get('cache-control'), variant).toBe('public, no-cache')
      expect(first.headers.get('content-type'), variant).toBe('image/webp')
      const body = Buffer.from(await first.arrayBuffer())
      expect((await sharp(body).metadata()).format, variant).toBe('webp')
      expect(first.headers.get('content-length'), variant).toBe(String(body.length))

      const again = await get(filename, { 'if-none-match': etag! })
      expect(again.status, variant).toBe(304)
      expect(again.headers.get('etag'), variant).toBe(etag)
      expect(again.headers.get('cache-control'), variant).toBe('public, no-cache')
      expect((await again.arrayBuffer()).byteLength, variant).toBe(0)

      const since = await get(filename, { 'if-modified-since': first.headers.get('last-modified')! })
      expect(since.status, variant).toBe(304)
    }
  })

  it('may be kept for good when asked for with a version, as the site build asks for its images', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Groen' },
      file: await file('versie.png', '#2e7d32'),
    })
    const versioned = await get(`${doc.sizes?.card?.filename}?v=${encodeURIComponent(doc.updatedAt)}`)
    expect(versioned.status).toBe(200)
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await get(doc.sizes?.card?.filename)).headers.get('cache-control')).toBe('public, no-cache')
  })

  it('send the new file with a new ETag when a replacement comes back under the same name', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Rood' },
      file: await file('wissel.png', '#c00000'),
    })
    const before = filesOf(doc)
    const etags = new Map<string, string>()
    for (const filename of Object.values(before))
      etags.set(String(filename), (await get(filename)).headers.get('etag')!)

    // Payload gives a replacement a free name: 'wissel-1.webp' while 'wissel.webp' is taken, and
    // the first name again on the next replacement, once the old files are gone.
    await payload.update({ collection: 'media', id: doc.id, data: {}, file: await file('wissel.png', '#00a000') })
    const after = filesOf(
      await payload.update({ collection: 'media', id: doc.id, data: {}, file: await file('wissel.png', '#f0c000') }),
    )
    expect(after).toEqual(before)

    for (const [variant, filename] of Object.entries(after)) {
      const oldEtag = etags.get(String(filename))!
      const response = await get(filename, { 'if-none-match': oldEtag })
      expect(response.status, variant).toBe(200)
      expect(response.headers.get('etag'), variant).not.toBe(oldEtag)
      const { data } = await sharp(Buffer.from(await response.arrayBuffer()))
        .raw()
        .toBuffer({ resolveWithObject: true })
      // The yellow replacement, not the red first file (WebP is lossy: about the colour, not exact).
      const [red, green, blue] = [...data.subarray(0, 3)]
      expect(Math.abs(red! - 0xf0) + Math.abs(green! - 0xc0) + blue!, variant).toBeLessThan(12)
    }
  })

  it('leave byte ranges to Payload', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Grijs' },
      file: await file('deel.png', '#808080'),
    })
    const partial = await get(doc.filename, { range: 'bytes=0-9' })
    expect(partial.status).toBe(206)
    expect((await partial.arrayBuffer()).byteLength).toBe(10)
  })

  it("answer 404, not Payload's 500, for a medium whose file is gone and for a name nobody uploaded", async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Zwart' },
      file: await file('kwijt.png', '#000000'),
    })
    await rm(path.join(mediaDir(), String(doc.sizes?.card?.filename)))
    for (const filename of [doc.sizes?.card?.filename, 'bestaat-niet.webp']) {
      const response = await get(filename)
      expect(response.status, String(filename)).toBe(404)
      expect(await response.json()).toEqual({ errors: [{ message: 'Dit bestand bestaat niet (meer).' }] })
    }
    expect((await get(doc.filename)).status).toBe(200)
  })
})
