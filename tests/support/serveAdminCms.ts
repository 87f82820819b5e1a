/**
 * Serves the real CMS (Next production build behind `cms/server.ts`) on a fresh temporary SQLite
 * database, migrated and seeded through the same CLI as `pnpm start`. Used as Playwright's
 * web server for the admin tests.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'
import { startResendStub } from '@mao/resend-stub'
import { startSiteServer } from '@mao/scripts/site-server'
import { cmsBuildIsStale, previewBuildIsStale, runPnpm, runPnpmToEnd, stopChildren } from '@mao/scripts/start'
import { ADMIN_E2E } from './adminCredentials'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-admin-e2e-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: ADMIN_E2E.payloadSecret,
  ADMIN_EMAIL: ADMIN_E2E.email,
  ADMIN_PASSWORD: ADMIN_E2E.password,
  CMS_PORT: String(ADMIN_E2E.port),
  CMS_URL: `http://localhost:${ADMIN_E2E.port}`,
  // Draft previews: the CMS signs links to this site server, which renders them in this process.
  SITE_URL: `http://localhost:${ADMIN_E2E.sitePort}`,
  REBUILD_ENABLED: 'false',
  // Scheduled (un)publications run every 3 seconds instead of every minute, so the admin tests see a
  // publication planned for the next minute within seconds of that minute.
  SCHEDULE_RUN_CRON: '*/3 * * * * *',
  // Small, so production-server.spec.ts reaches the per-client sign-up limit in a few requests.
  NEWSLETTER_RATE_LIMIT_PER_IP: '3',
  // Every admin test logs in from 127.0.0.1; the default (10 per 10 minutes) is for real clients.
  LOGIN_RATE_LIMIT_PER_IP: '200',
  // Every mail (sign-up confirmations, "wachtwoord vergeten", invitations) goes to the stub below.
  RESEND_API_KEY: 're_admin_e2e',
  RESEND_BASE_URL: `http://127.0.0.1:${ADMIN_E2E.resendStubPort}`,
}

await startResendStub({ port: ADMIN_E2E.resendStubPort })

process.on('SIGTERM', () => {
  stopChildren()
  process.exit(0)
})

// Children stay in our process group: Playwright stops the web server by killing that group.
const options = { cwd: repoRoot, env, detached: false }
if (cmsBuildIsStale()) await runPnpmToEnd(['--filter', '@mao/cms', 'run', 'build'], options)
await runPnpmToEnd(['--filter', '@mao/scripts', 'run', 'seed'], options)
await runPnpmToEnd(['--filter', '@mao/tests', 'exec', 'tsx', 'support/adminExamplesCommand.ts'], options)
if (previewBuildIsStale()) await runPnpmToEnd(['--filter', '@mao/site', 'run', 'build:preview'], options)
process.env.CMS_URL = env.CMS_URL
await startSiteServer({ port: ADMIN_E2E.sitePort, root: path.join(dir, 'no-release') })
// The server (not the seed above) builds the site after every change, with a stand-in for `astro
// build`: the tests read the outcome, with its reasons, from the build logs.
const server = {
  ...options,
  env: {
    ...env,
    REBUILD_ENABLED: 'true',
    REBUILD_DEBOUNCE_MS: '500',
    SITE_BUILD_COMMAND: `"${process.execPath}" "${path.join(import.meta.dirname, 'fakeSiteBuild.mjs')}"`,
    SITE_RELEASES_DIR: path.join(dir, 'releases'),
    SITE_CURRENT_LINK: path.join(dir, 'current'),
  },
}
runPnpm(['--filter', '@mao/cms', 'run', 'start'], server).on('exit', (code) => process.exit(code ?? 1))
