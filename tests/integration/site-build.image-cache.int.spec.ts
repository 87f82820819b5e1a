import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Media } from '@mao/shared/payload-types'
import { buildSite } from '../support/buildSite'
import { type SeededCms, startSeededCms } from '../support/cmsFixture'
import { imageStep, type ImageStep } from '../support/imageStep'

/** One Astro cache for every build here, as the CMS's builds share `SITE_CACHE_DIR` between releases. */
const cacheDir = mkdtempSync(path.join(tmpdir(), 'mao-image-cache-'))
let cms: SeededCms

async function build(): Promise<ImageStep> {
  const result = await buildSite({ cmsUrl: cms.url, cacheDir })
  if (result.code !== 0) throw new Error(`The site build failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
  return imageStep(result.output)
}

/** The hero image of a published news item: a medium that pages show. */
async function publishedHeroImage(): Promise<Media> {
  const { docs } = await cms.payload.find({
    collection: 'news',
    where: { heroImage: { exists: true }, _status: { equals: 'published' } },
    depth: 1,
    limit: 1,
  })
  return docs[0]?.heroImage as Media
}

beforeAll(async () => {
  cms = await startSeededCms()
})

afterAll(async () => {
  await cms?.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

describe("the site build's image cache", () => {
  it('resizes images once, then takes them from its cache without asking, and resizes those of a medium saved since', async () => {
    const first = await build()
    expect(first.images).toBeGreaterThan(0)
    expect(first.transformed).toBe(first.images)
    // The CMS's images are all resized while the pages render, not after the last one.
    expect(first.whileRendering).toBe(first.images)

    // Payload writes re-cut size variants under the same names when an editor moves the focal
    // point or crops, and saves the medium: the build must then use the new files.
    const changed = await publishedHeroImage()
    const where = { id: { not_equals: changed.id }, mimeType: { equals: 'image/webp' } }
    const other = (await cms.payload.find({ collection: 'media', where, limit: 1 })).docs[0]!
    const mediaDir = process.env.MEDIA_DIR!
    let copied = 0
    for (const size of ['card', 'hero', 'portrait', 'content', 'og'] as const) {
      const [from, to] = [other.sizes?.[size]?.filename, changed.sizes?.[size]?.filename]
      if (!from || !to) continue
      copyFileSync(path.join(mediaDir, from), path.join(mediaDir, to))
      copied += 1
    }
    expect(copied).toBeGreaterThan(0)
    await cms.payload.update({ collection: 'media', id: changed.id, data: { focalX: 30 } })

    // The next build resizes only the saved medium's files (their URLs carry its new version);
    // every other image is a copy from the cache, without a request to the CMS.
    const second = await build()
    expect(second.images).toBe(first.images)
    expect(second.transformed).toBeGreaterThan(0)
    expect(second.transformed).toBeLessThan(first.images)
    expect(second).toMatchObject({ reused: first.images - second.transformed, revalidated: 0 })
  })

  it('fails the build, naming the image, when the CMS has lost an image a page shows', async () => {
    const medium = await publishedHeroImage()
    const file = path.join(process.env.MEDIA_DIR!, medium.sizes!.hero!.filename!)
    renameSync(file, `${file}.away`)
    // A cache of its own: with the shared one the build would copy the cached result and never ask.
    const emptyCache = mkdtempSync(path.join(tmpdir(), 'mao-image-cache-empty-'))
    try {
      const result = await buildSite({ cmsUrl: cms.url, cacheDir: emptyCache })
      expect(result.code).not.toBe(0)
      expect(result.output).toContain('Unable to generate optimized image')
      expect(result.output).toContain(encodeURIComponent(medium.sizes!.hero!.filename!))
    } finally {
      renameSync(`${file}.away`, file)
      rmSync(emptyCache, { recursive: true, force: true })
    }
  })
})
