import type { GeneratePreviewURL } from 'payload'
import { siteUrl } from '../env'
import { mayPreview } from './mayPreview'
import { previewKey } from './previewKey'
import { PREVIEW_TTL_MS, signPreviewToken } from './previewToken'

/** Where the site server renders a draft: under /voorbeeld, never linked, never indexed. */
export const previewPath = (collection: string, id: string, token: string): string =>
  `/voorbeeld/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`

/**
 * Payload's `admin.preview` for one collection: runs on the server while an editor (or the
 * contributor who wrote the draft) has the document open and signs a link that works for an hour.
 */
export const previewUrlFor =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) => {
    if (!mayPreview(req.user, doc) || doc?.id === undefined || doc.id === null) return null
    const id = String(doc.id as string | number)
    const token = signPreviewToken({ collection, id, expiresAt: Date.now() + PREVIEW_TTL_MS }, previewKey())
    return `${siteUrl()}${previewPath(collection, id, token)}`
  }
