/**
 * Reads a request body into memory, counting while it streams: over `limit` bytes the stream is
 * cancelled at once and undefined returned, so neither a wrong Content-Length nor a chunked body
 * makes us read more than `limit` plus one chunk.
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return concat(chunks, size)
    size += value.byteLength
    if (size > limit) {
      void reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
