import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { JSON_BODY_LIMIT, multipartBodyLimit } from './bodyLimits'
import { withBodyLimit } from './withBodyLimit'

/** A chunked body of `total` bytes that records how much of it was pulled. */
function chunkedBody(total: number, chunkSize = 64 * 1024) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close()
        const size = Math.min(chunkSize, total - pulled)
        pulled += size
        controller.enqueue(new Uint8Array(size).fill(32))
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, pulled: () => pulled }
}

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request('http://cms.test/api/news', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

/** A handler that reads the body it is given, as Payload does. */
const echo = withBodyLimit(async (request: Request) => new Response(await request.text(), { status: 200 }))

describe('request bodies on the API routes', () => {
  it('pass through below the cap, unchanged', async () => {
    const body = JSON.stringify({ title: 'Nieuws', body: 'x'.repeat(1000) })
    const response = await echo(post(body, { 'content-type': 'application/json' }), undefined)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(body)
  })

  it("reach the handler intact when Next's own request type comes in", async () => {
    const body = JSON.stringify({ title: 'Nieuws' })
    const request = new NextRequest('http://cms.test/api/news?depth=0', {
      method: 'POST',
      body: new Blob([body]).stream(),
      headers: { 'content-type': 'application/json', cookie: 'payload-token=abc' },
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1])
    const seen = withBodyLimit(async (received: Request) =>
      Response.json({
        url: received.url,
        cookie: received.headers.get('cookie'),
        method: received.method,
        body: await received.text(),
      }),
    )
    expect(await (await seen(request, undefined)).json()).toEqual({
      url: 'http://cms.test/api/news?depth=0',
      cookie: 'payload-token=abc',
      method: 'POST',
      body,
    })
  })

  it('are refused by Content-Length before anything is read', async () => {
    const { stream, pulled } = chunkedBody(8 * 1024 * 1024)
    let called = false
    const handler = withBodyLimit(async () => {
      called = true
      return new Response('ok')
    })
    const request = post(stream, { 'content-type': 'application/json', 'content-length': String(8 * 1024 * 1024) })
    const response = await handler(request, undefined)
    expect(response.status).toBe(413)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /te groot.*maximaal 1 MB/,
    )
    expect(called).toBe(false)
    expect(pulled()).toBe(0)
  })

  it('are refused while streaming when chunked, without reading on', async () => {
    const { stream, pulled } = chunkedBody(8 * 1024 * 1024)
    const response = await echo(post(stream, { 'content-type': 'application/json' }), undefined)
    expect(response.status).toBe(413)
    expect(pulled()).toBeLessThanOrEqual(JSON_BODY_LIMIT + 64 * 1024)
  })

  it('leave multipart bodies to Payload, with its larger upload cap', async () => {
    const { stream, pulled } = chunkedBody(2 * 1024 * 1024)
    const response = await echo(post(stream, { 'content-type': 'multipart/form-data; boundary=x' }), undefined)
    expect(response.status).toBe(200)
    expect(pulled()).toBe(2 * 1024 * 1024)
    const declared = post('x', {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(multipartBodyLimit() + 1),
    })
    expect((await echo(declared, undefined)).status).toBe(413)
  })

  it("put Payload's multipart limit errors in Dutch", async () => {
    const payloadSays = (message: string) =>
      withBodyLimit(async () => Response.json({ errors: [{ message }] }, { status: 413 }))
    const request = () => post('x', { 'content-type': 'multipart/form-data; boundary=x' })
    const message = async (response: Response) =>
      ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message
    expect(await message(await payloadSays('Multipart limit has been reached')(request(), undefined))).toMatch(
      /één bestand per keer/,
    )
    expect(
      await message(await payloadSays('Multipart request size limit has been reached')(request(), undefined)),
    ).toMatch(/te groot/)
    expect(await message(await payloadSays('Het bestand is te groot.')(request(), undefined))).toBe(
      'Het bestand is te groot.',
    )
  })

  it('leave requests without a body alone', async () => {
    const response = await echo(new Request('http://cms.test/api/news'), undefined)
    expect(response.status).toBe(200)
  })
})
