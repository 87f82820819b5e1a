import { open, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { pagePolicy } from '../lib/csp/pagePolicy'
import { headersFile, RELEASE_HEADERS_JSON, RELEASE_HEADERS_TEXT, releaseHeaders } from '../lib/csp/releaseHeaders'

/** Astro writes the policy at the top of `<head>`: the start of a page is enough. */
const HEAD_BYTES = 64 * 1024

/** Files read at once; each read has its own buffer, reused from file to file. */
const PARALLEL_READS = 32

async function readHead(file: string, buffer: Buffer): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** The distinct policies of the built pages, read a few files at a time. */
async function builtPolicies(outDir: string): Promise<Set<string>> {
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'))
  const policies = new Set<string>()
  // A fresh 64 kB buffer per page allocated 780 MB at 12,000 pages, and the build's garbage
  // collector paid for it.
  const buffers = Array.from({ length: PARALLEL_READS }, () => Buffer.allocUnsafe(HEAD_BYTES))
  for (let start = 0; start < pages.length; start += PARALLEL_READS) {
    const batch = pages.slice(start, start + PARALLEL_READS)
    const heads = await Promise.all(batch.map((page, i) => readHead(path.join(outDir, page), buffers[i]!)))
    for (const head of heads) {
      const policy = pagePolicy(head)
      if (policy) policies.add(policy)
    }
  }
  return policies
}

/**
 * After the build, write the release's security headers (`_headers.json`, `_headers`) from the
 * policies Astro put in the pages, so servers send the same policy, hashes included, as a header
 * (which can also say `frame-ancestors`). Derived once per release; a build without any policy fails.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'mao:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const policies = await builtPolicies(outDir)
        if (policies.size === 0) throw new Error('No page has a Content-Security-Policy: is security.csp enabled?')
        const headers = releaseHeaders(policies)
        await writeFile(path.join(outDir, RELEASE_HEADERS_JSON), `${JSON.stringify(headers, null, 2)}\n`)
        await writeFile(path.join(outDir, RELEASE_HEADERS_TEXT), headersFile(headers))
        logger.info(`${RELEASE_HEADERS_JSON} and ${RELEASE_HEADERS_TEXT} written (${policies.size} page policy)`)
      },
    },
  }
}
