import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
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

beforeAll(async () => {
  cms = await startSeededCms()
})

afterAll(async () => {
  await cms?.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

describe("the site build's image cache", () => {
  it('resizes images once, then revalidates them with the CMS and resizes only the files that changed', async () => {
    const first = await build()
    expect(first.images).toBeGreaterThan(0)
    expect(first.transformed).toBe(first.images)

    // Payload writes re-cut size variants under the same names (a moved focal point, a crop):
    // the same URLs must then give the new files, not the cached result.
    const { docs } = await cms.payload.find({
      collection: 'news',
      where: { heroImage: { exists: true }, _status: { equals: 'published' } },
      depth: 1,
      limit: 1,
    })
    const changed = docs[0]?.heroImage as Media
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

    // The next build resizes only the changed files; every other image is one 304 and a copy.
    const second = await build()
    expect(second.images).toBe(first.images)
    expect(second.transformed).toBeGreaterThan(0)
    expect(second.transformed).toBeLessThan(first.images)
    expect(second).toMatchObject({ revalidated: first.images - second.transformed, reused: 0 })
  })
})
