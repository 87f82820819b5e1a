import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { serveStoredFile } from './serveStoredFile'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-serve-'))
writeFileSync(path.join(dir, 'foto.webp'), 'RIFF....WEBP')
writeFileSync(path.join(dir, 'notitie.txt'), 'tekst')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const handler = serveStoredFile(dir)
const warnings: string[] = []
const request = (headers: Record<string, string> = {}) =>
  ({
    headers: new Headers(headers),
    payload: { config: {}, logger: { warn: (message: string) => warnings.push(message) } },
  }) as unknown as PayloadRequest
const serve = (filename: string, headers: Record<string, string> = {}, doc?: { id: number }) =>
  handler(request(headers), { doc: doc as never, params: { collection: 'media', filename } })

describe('serveStoredFile', () => {
  it('sends a stored image with its type, length and validators', async () => {
    const response = (await serve('foto.webp')) as Response
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('content-length')).toBe('12')
    expect(response.headers.get('cache-control')).toBe('public, no-cache')
    expect(response.headers.get('etag')).toMatch(/^"c-[0-9a-f]+"$/)
    expect(await response.text()).toBe('RIFF....WEBP')
  })

  it('keeps files that only some may read out of shared caches', async () => {
    const response = (await serve('foto.webp', {}, { id: 7 })) as Response
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
  })

  it('answers a matching If-None-Match with 304, also for a byte range', async () => {
    const etag = ((await serve('foto.webp')) as Response).headers.get('etag')!
    for (const extra of [{}, { range: 'bytes=0-3' }] as Record<string, string>[]) {
      const response = (await serve('foto.webp', { 'if-none-match': etag, ...extra })) as Response
      expect(response.status).toBe(304)
      expect(response.body).toBeNull()
    }
  })

  it("leaves byte ranges, other types and paths outside the folder to Payload's default", async () => {
    expect(await serve('foto.webp', { range: 'bytes=0-3' })).toBeUndefined()
    expect(await serve('notitie.txt')).toBeUndefined()
    expect(await serve('../foto.webp')).toBeUndefined()
  })

  it('answers a file that is not on the disk with 404, uncached, and logs it', async () => {
    const response = (await serve('weg.webp')) as Response
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ errors: [{ message: 'Dit bestand bestaat niet (meer).' }] })
    expect(warnings).toEqual([expect.stringContaining('weg.webp')])
  })
})
