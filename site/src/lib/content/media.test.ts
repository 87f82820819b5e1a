import { afterEach, describe, expect, it, vi } from 'vitest'
import { mediaFetchUrl } from './media'

afterEach(() => vi.unstubAllEnvs())

describe('mediaFetchUrl', () => {
  it('asks the CMS for the medium’s version, which the CMS lets the build keep for good', () => {
    vi.stubEnv('CMS_URL', 'http://cms.test')
    expect(mediaFetchUrl('/api/media/file/foto-800x450.webp', '2026-12-06T10:00:00.000Z')).toBe(
      'http://cms.test/api/media/file/foto-800x450.webp?v=2026-12-06T10%3A00%3A00.000Z',
    )
    expect(mediaFetchUrl('https://elders.test/api/media/file/foto.webp?prefix=a', 'x')).toBe(
      'http://cms.test/api/media/file/foto.webp?prefix=a&v=x',
    )
    expect(mediaFetchUrl('/api/media/file/foto.webp')).toBe('http://cms.test/api/media/file/foto.webp')
  })
})
