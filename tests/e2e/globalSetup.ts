import { existsSync } from 'node:fs'
import path from 'node:path'
import { builtSiteDir } from '../support/buildSite'
import { serveStatic } from '../support/staticServer'

/** Serve the site the build test produced; the tests read its address from SITE_E2E_URL. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(builtSiteDir, 'index.html'))) {
    throw new Error(
      `No built site in ${builtSiteDir}. Run the build test first: npx -y pnpm@10 --filter @mao/tests run test:build`,
    )
  }
  const server = await serveStatic(builtSiteDir)
  process.env.SITE_E2E_URL = server.url
  return server.close
}
