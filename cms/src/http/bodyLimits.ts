import { maxUploadBytes } from '../collections/Media/uploadLimits'

/**
 * Largest JSON or form-encoded request body. The largest seeded document (a news item) is about
 * 10 kB of JSON including its Lexical body; 1 MB holds a hundred times that, some 150 pages of
 * plain text as Lexical nodes. It also matches what the admin can save at all: the admin posts a
 * document as the `_payload` field of a multipart form, which busboy caps at 1 MB (`fieldSize`).
 */
export const JSON_BODY_LIMIT = 1024 * 1024

/** One upload: the file itself plus its document (`_payload`, capped like a JSON body) and framing. */
export const multipartBodyLimit = (env: NodeJS.ProcessEnv = process.env): number =>
  maxUploadBytes(env) + JSON_BODY_LIMIT
