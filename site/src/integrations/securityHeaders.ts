import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { builtPolicies } from '../lib/csp/builtPolicies'
import { headersFile, RELEASE_HEADERS_JSON, RELEASE_HEADERS_TEXT, releaseHeaders } from '../lib/csp/releaseHeaders'

/** Beside Astro's cache: what each built page's policy was, for the next build (see builtPolicies). */
const POLICY_MEMO = 'mao-page-policies.json'

/**
 * After the build, write the release's security headers (`_headers.json`, `_headers`) from the
 * policies Astro put in the pages, so servers send the same policy, hashes included, as a header
 * (which can also say `frame-ancestors`). Derived once per release; a build without any policy fails.
 */
export function securityHeaders(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'mao:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir)
        // The pages from Astro's own list: reading the release's folders took about 1 s at 12,000 pages.
        const pages = [...assets.values()]
          .flat()
          .map((url) => path.relative(outDir, fileURLToPath(url)))
          .filter((file) => file.endsWith('.html'))
        const policies = await builtPolicies(outDir, pages, path.join(cacheDir, POLICY_MEMO))
        if (policies.size === 0) throw new Error('No page has a Content-Security-Policy: is security.csp enabled?')
        const headers = releaseHeaders(policies)
        await writeFile(path.join(outDir, RELEASE_HEADERS_JSON), `${JSON.stringify(headers, null, 2)}\n`)
        await writeFile(path.join(outDir, RELEASE_HEADERS_TEXT), headersFile(headers))
        logger.info(`${RELEASE_HEADERS_JSON} and ${RELEASE_HEADERS_TEXT} written (${policies.size} page policy)`)
      },
    },
  }
}
