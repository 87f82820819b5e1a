import { randomUUID } from 'node:crypto'

/**
 * Unique to this CMS process, passed to every site build it starts (CMS_CONTENT_EPOCH). A build
 * reuses the documents the previous build fetched only under the same epoch: after a restart (new
 * code, hooks or migrations, which can change what the CMS sends without saving the documents)
 * the first build fetches everything again.
 */
export const PROCESS_EPOCH = `${new Date().toISOString()}-${randomUUID()}`
