/**
 * The newsletter's images: the site serves each news/practice image's card size under its CMS
 * file name at /nieuwsbrief/beelden/<file>, and the email links exactly there.
 * Run: npx -y pnpm@10 --filter @mao/site exec vitest run test/newsletterImages.int.spec.ts
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { newsletterImage, newsletterImageBytes } from '../src/lib/newsletter/newsletterImages'

const cache = mkdtempSync(path.join(tmpdir(), 'mao-nl-images-'))
afterAll(() => rmSync(cache, { recursive: true, force: true }))

const media = (overrides: Record<string, unknown> = {}) =>
  ({
    id: '1',
    alt: 'Een klas',
    mimeType: 'image/webp',
    url: '/api/media/file/Nieuwe%20communities.webp',
    width: 1000,
    height: 562,
    sizes: { card: { url: '/api/media/file/Nieuwe%20communities-800x450.webp', width: 800, height: 450 } },
    ...overrides,
  }) as Parameters<typeof newsletterImage>[0]

describe('newsletter images on the site', () => {
  it('use the card size under its CMS file name, the name the email links to', () => {
    expect(newsletterImage(media())?.file).toBe('Nieuwe communities-800x450.webp')
    // The email: `${NEWSLETTER_MEDIA_URL}/${encodeURIComponent(card filename)}`, decoded by the static host.
    expect(decodeURIComponent(encodeURIComponent('Nieuwe communities-800x450.webp'))).toBe(
      newsletterImage(media())?.file,
    )
  })

  it('fall back to the original when there is no card size, and skip anything else', () => {
    expect(newsletterImage(media({ sizes: { card: { url: null } } }))?.file).toBe('Nieuwe communities.webp')
    expect(newsletterImage(media({ mimeType: 'application/pdf' }))).toBeUndefined()
    expect(newsletterImage(media({ sizes: null, url: '/api/media/file/..%2F..%2Fetc%2Fpasswd.webp' }))).toBeUndefined()
    expect(newsletterImage(null)).toBeUndefined()
  })

  it('are downloaded from the CMS once, then come from the build cache', async () => {
    let downloads = 0
    const server = createServer((_request, response) => {
      downloads += 1
      response.end(Buffer.from('RIFF-webp-bytes'))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.SITE_CACHE_DIR = cache
    try {
      const image = newsletterImage(media())!
      for (let build = 0; build < 2; build += 1)
        expect(Buffer.from(await newsletterImageBytes(image)).toString()).toBe('RIFF-webp-bytes')
      expect(downloads).toBe(1)
    } finally {
      server.close()
      delete process.env.CMS_URL
      delete process.env.SITE_CACHE_DIR
    }
  })
})
