import { existsSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { RELEASE_REDIRECTS_JSON, RELEASE_REDIRECTS_NGINX, RELEASE_REDIRECTS_TEXT } from '@mao/shared/redirects'
import { cmsUrl } from '../lib/env'
import { fetchRedirects } from '../lib/redirects/fetchRedirects'
import { redirectsJson, redirectsNginx, redirectsText } from '../lib/redirects/releaseFiles'
import { resolveRedirects } from '../lib/redirects/resolveRedirects'

/** Whether the build wrote a file for a site path (`/a` → `a`, `a.html` or `a/index.html`). */
const pageIn =
  (outDir: string) =>
  (sitePath: string): boolean => {
    const base = path.join(outDir, ...sitePath.split('/').filter(Boolean))
    return [base, `${base}.html`, path.join(base, 'index.html')].some(
      (file) => existsSync(file) && statSync(file).isFile(),
    )
  }

/**
 * After the build, write the CMS's redirects into the release: `_redirects.json` for our site
 * server, `redirects.nginx.conf` for nginx and `_redirects` for Netlify-style hosts. Redirects are
 * read from the CMS like all content, so a CMS that fails here fails the build.
 */
export function redirectFiles(): AstroIntegration {
  return {
    name: 'mao:redirect-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const { rules, skipped } = resolveRedirects(await fetchRedirects(cmsUrl()), pageIn(outDir))
        for (const { from, reason } of skipped) logger.warn(`Redirect from ${from} left out: ${reason}`)
        await writeFile(path.join(outDir, RELEASE_REDIRECTS_JSON), redirectsJson(rules))
        await writeFile(path.join(outDir, RELEASE_REDIRECTS_NGINX), redirectsNginx(rules))
        await writeFile(path.join(outDir, RELEASE_REDIRECTS_TEXT), redirectsText(rules))
        logger.info(
          `${rules.length} redirects written (${RELEASE_REDIRECTS_JSON}, ${RELEASE_REDIRECTS_NGINX}, ${RELEASE_REDIRECTS_TEXT})`,
        )
      },
    },
  }
}
