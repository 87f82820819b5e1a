import { describe, expect, it } from 'vitest'
import { fileEtag, isNotModified, lastModified } from './fileValidators'

const stamp = { size: 1234n, mtimeNs: 1_764_950_400_123_456_789n }
const file = { etag: fileEtag(stamp), lastModified: lastModified(stamp) }
const headers = (init: Record<string, string>) => new Headers(init)

describe('fileEtag', () => {
  it('is a strong tag that changes with the size or the modification time', () => {
    expect(file.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    expect(fileEtag({ ...stamp, size: 1235n })).not.toBe(file.etag)
    expect(fileEtag({ ...stamp, mtimeNs: stamp.mtimeNs + 1n })).not.toBe(file.etag)
  })
})

describe('lastModified', () => {
  it('drops the fraction of a second', () => {
    expect(file.lastModified.toISOString()).toBe('2025-12-05T16:00:00.000Z')
  })
})

describe('isNotModified', () => {
  it('matches the current tag, also in a list, weak, or as *', () => {
    expect(isNotModified(headers({ 'if-none-match': file.etag }), file)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': `"old", ${file.etag}` }), file)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': `W/${file.etag}` }), file)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': '*' }), file)).toBe(true)
  })

  it('sends the file for another tag, even when If-Modified-Since alone would match', () => {
    const since = new Date(file.lastModified.getTime() + 60_000).toUTCString()
    expect(isNotModified(headers({ 'if-none-match': '"old"', 'if-modified-since': since }), file)).toBe(false)
  })

  it('uses If-Modified-Since without a tag: not modified from the file time on', () => {
    const at = (offsetMs: number) =>
      headers({ 'if-modified-since': new Date(file.lastModified.getTime() + offsetMs).toUTCString() })
    expect(isNotModified(at(0), file)).toBe(true)
    expect(isNotModified(at(5_000), file)).toBe(true)
    expect(isNotModified(at(-1_000), file)).toBe(false)
    expect(isNotModified(headers({ 'if-modified-since': 'gisteren' }), file)).toBe(false)
  })

  it('sends the file to a request without conditions', () => {
    expect(isNotModified(headers({}), file)).toBe(false)
  })
})
