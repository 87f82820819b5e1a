import { existsSync } from 'node:fs'
import path from 'node:path'
import { startSiteServer } from '@mao/scripts/site-server'
import { builtSiteDir } from './buildSite'

/**
 * Playwright's global setup for the e2e tests: serve the site the build test produced, with the
 * production site server on a free port. The tests read its address from SITE_E2E_URL.
 */
export default async function serveBuiltSite(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(builtSiteDir, 'index.html'))) {
    throw new Error(
      `No built site in ${builtSiteDir}. Run the build test first: npx -y pnpm@10 --filter @mao/tests run test:build`,
    )
  }
  const server = await startSiteServer({ root: builtSiteDir, port: 0, host: '127.0.0.1' })
  process.env.SITE_E2E_URL = server.url
  return server.close
}
