import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { pathToFileURL } from 'node:url'
import { repoRoot } from '@mao/cms/repo-root'
import { contentTypeFor } from './contentTypes'
import { resolveRequestFile } from './resolveRequestFile'
import { FALLBACK_SECURITY_HEADERS } from './securityHeaders'

/** Every preview address starts here; the rest of the site stays static files. */
export const PREVIEW_PREFIX = '/voorbeeld/'

type NodeHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>

/** The preview server build (`pnpm --filter @mao/site run build:preview`): SITE_PREVIEW_DIR or `site/dist-preview`. */
export const defaultPreviewDir = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(repoRoot, env.SITE_PREVIEW_DIR?.trim() || 'site/dist-preview')

// The page brings its own Content-Security-Policy (a <meta> with the hashes of its inline code).
const { 'Content-Security-Policy': _csp, ...pageSafeHeaders } = FALLBACK_SECURITY_HEADERS
const PRIVATE_HEADERS = { ...pageSafeHeaders, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' }

const UNAVAILABLE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Voorbeeld niet beschikbaar</title></head>
<body><main><h1>Voorbeelden zijn niet beschikbaar</h1><p>De voorbeeldserver is niet gebouwd op deze installatie.</p></main></body></html>`

function sendPlain(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' })
  response.end(response.req.method === 'HEAD' ? undefined : body)
}

async function loadHandler(dir: string): Promise<NodeHandler | undefined> {
  const entry = path.join(dir, 'server', 'entry.mjs')
  try {
    await access(entry)
  } catch {
    return undefined
  }
  const module = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler }
  return module.handler
}

/**
 * Serves `/voorbeeld/...` from the preview server build: its hashed styles and scripts as files,
 * every other address through Astro's Node handler, which renders a draft with the site's own
 * pages. Never cached, never indexed. Loaded on the first preview request, so a site without
 * previews costs nothing; without a build the answer is 503.
 */
export function previewMount(dir: string = defaultPreviewDir()) {
  let handler: Promise<NodeHandler | undefined> | undefined
  const clientDir = path.join(dir, 'client')
  return async (request: IncomingMessage, response: ServerResponse, rawUrl: string): Promise<void> => {
    const urlPath = rawUrl.split('?')[0] ?? '/'
    if (urlPath.startsWith(`${PREVIEW_PREFIX}_astro/`)) {
      const resolution = await resolveRequestFile(clientDir, rawUrl, { withGzip: false })
      if (resolution.kind !== 'file') return sendPlain(response, 404, 'Niet gevonden')
      // Hashed file names: a changed file gets a new name.
      response.writeHead(200, {
        ...pageSafeHeaders,
        'Content-Type': contentTypeFor(resolution.file),
        'Content-Length': resolution.stats.size,
        'Cache-Control': 'public, max-age=31536000, immutable',
      })
      if (request.method === 'HEAD') return void response.end()
      return pipeline(createReadStream(resolution.file), response)
    }
    handler ??= loadHandler(dir)
    const render = await handler
    if (!render) {
      // Looked for again next time: `pnpm start` builds the preview server while this one already runs.
      handler = undefined
      return sendPlain(response, 503, UNAVAILABLE)
    }
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.setHeader(name, value)
    await render(request, response, () => sendPlain(response, 404, 'Niet gevonden'))
  }
}
