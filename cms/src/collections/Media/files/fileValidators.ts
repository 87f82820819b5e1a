/** What identifies one stored file's bytes: its size and modification time, read by one `stat`. */
export type FileStamp = { size: bigint; mtimeNs: bigint }

/**
 * A strong ETag from size and modification time in nanoseconds. Payload writes every upload and
 * every re-cut size variant as a new file (a new mtime), so the pair changes whenever the bytes
 * do; unlike a content hash it costs no read of the file and no field on the media document.
 */
export const fileEtag = ({ size, mtimeNs }: FileStamp): string => `"${size.toString(16)}-${mtimeNs.toString(16)}"`

/** `Last-Modified` is whole seconds: HTTP dates have no smaller unit. */
export const lastModified = ({ mtimeNs }: FileStamp): Date => new Date(Number(mtimeNs / 1_000_000_000n) * 1000)

const opaqueTag = (tag: string): string => tag.trim().replace(/^W\//, '')

/**
 * Whether a GET may be answered 304 (RFC 9110 §13.1.2, §13.1.3): `If-None-Match` decides when it is
 * sent (weak comparison, `*` matches any stored file); otherwise `If-Modified-Since`, at whole seconds.
 */
export function isNotModified(request: Headers, file: { etag: string; lastModified: Date }): boolean {
  const ifNoneMatch = request.get('if-none-match')
  if (ifNoneMatch !== null) {
    const wanted = opaqueTag(file.etag)
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaqueTag(tag) === wanted)
  }
  const ifModifiedSince = request.get('if-modified-since')
  if (ifModifiedSince === null) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && file.lastModified.getTime() <= since
}
