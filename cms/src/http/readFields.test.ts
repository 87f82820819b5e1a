import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { readFields } from './readFields'

const request = (body: BodyInit, headers: Record<string, string>) =>
  new Request('http://cms.test/api/subscribers/subscribe', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit) as unknown as PayloadRequest

describe('readFields', () => {
  it('reads form, JSON and multipart bodies into string fields', async () => {
    expect(
      await readFields(request('email=a%40b.nl&x=1', { 'content-type': 'application/x-www-form-urlencoded' })),
    ).toEqual({ kind: 'form', fields: { email: 'a@b.nl', x: '1' } })
    expect(await readFields(request('{"email":"a@b.nl","n":2}', { 'content-type': 'application/json' }))).toEqual({
      kind: 'json',
      fields: { email: 'a@b.nl', n: '2' },
    })
    const form = new FormData()
    form.set('token', 'abc')
    const multipart = new Request('http://x', { method: 'POST', body: form })
    expect(
      await readFields(
        request(await multipart.arrayBuffer(), { 'content-type': multipart.headers.get('content-type')! }),
      ),
    ).toEqual({ kind: 'form', fields: { token: 'abc' } })
  })

  it('refuses a chunked body over 16 kB as soon as it passes the cap', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled >= 4 * 1024 * 1024) return controller.close()
          pulled += 1024
          controller.enqueue(new Uint8Array(1024).fill(97))
        },
      },
      { highWaterMark: 0 },
    )
    const result = await readFields(request(stream, { 'content-type': 'application/x-www-form-urlencoded' }))
    expect(result).toEqual({ status: 413, message: 'Het verzoek is te groot.' })
    expect(pulled).toBeLessThanOrEqual(17 * 1024)
  })

  it('refuses a declared Content-Length over 16 kB without reading', async () => {
    const result = await readFields(
      request('x', { 'content-type': 'application/json', 'content-length': String(17 * 1024) }),
    )
    expect(result).toMatchObject({ status: 413 })
  })

  it('refuses invalid JSON and unknown types with 400', async () => {
    expect(await readFields(request('{', { 'content-type': 'application/json' }))).toMatchObject({ status: 400 })
    expect(await readFields(request('[1]', { 'content-type': 'application/json' }))).toMatchObject({ status: 400 })
    expect(await readFields(request('x', { 'content-type': 'image/png' }))).toMatchObject({ status: 400 })
  })
})
