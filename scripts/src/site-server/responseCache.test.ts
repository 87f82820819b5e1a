import { describe, expect, it } from 'vitest'
import { MAX_CACHED_FILE_BYTES, ResponseCache, type CachedResponse } from './responseCache'

const entry = (bytes: number): CachedResponse => ({ headers: {}, body: Buffer.alloc(bytes), etag: `W/"${bytes}"` })

describe('ResponseCache', () => {
  it('returns what was stored under the same key', () => {
    const cache = new ResponseCache(1000)
    const stored = entry(10)
    cache.set('gz /', stored)
    expect(cache.get('gz /')).toBe(stored)
    expect(cache.get('id /')).toBeUndefined()
  })

  it('stays within its byte budget by dropping the least recently used entries', () => {
    const cache = new ResponseCache(300)
    cache.set('a', entry(100))
    cache.set('b', entry(100))
    cache.set('c', entry(100))
    cache.get('a')
    cache.set('d', entry(100))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('d')).toBeDefined()
    expect(cache.totalBytes).toBe(300)
  })

  it('counts a replaced entry once', () => {
    const cache = new ResponseCache(1000)
    cache.set('a', entry(100))
    cache.set('a', entry(200))
    expect(cache.size).toBe(1)
    expect(cache.totalBytes).toBe(200)
  })

  it('never keeps a body larger than a cacheable file', () => {
    const cache = new ResponseCache(10 * MAX_CACHED_FILE_BYTES)
    cache.set('big', entry(MAX_CACHED_FILE_BYTES + 1))
    expect(cache.get('big')).toBeUndefined()
    expect(cache.totalBytes).toBe(0)
  })
})
