/**
 * Serves the real CMS (Next production build behind `cms/server.ts`) on a fresh temporary SQLite
 * database, migrated and seeded through the same CLI as `pnpm start`. Used as Playwright's
 * web server for the admin tests.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'
import { cmsBuildIsStale, runPnpm, runPnpmToEnd, stopChildren } from '@mao/scripts/start'
import { ADMIN_E2E } from './adminCredentials'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-admin-e2e-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'admin-e2e-secret',
  ADMIN_EMAIL: ADMIN_E2E.email,
  ADMIN_PASSWORD: ADMIN_E2E.password,
  CMS_PORT: String(ADMIN_E2E.port),
  REBUILD_ENABLED: 'false',
  // Small, so production-server.spec.ts reaches the per-client sign-up limit in a few requests.
  NEWSLETTER_RATE_LIMIT_PER_IP: '3',
  // Sign-ups are accepted but their confirmation mail goes nowhere (a closed port).
  RESEND_BASE_URL: 'http://127.0.0.1:9',
}

process.on('SIGTERM', () => {
  stopChildren()
  process.exit(0)
})

// Children stay in our process group: Playwright stops the web server by killing that group.
const options = { cwd: repoRoot, env, detached: false }
if (cmsBuildIsStale()) await runPnpmToEnd(['--filter', '@mao/cms', 'run', 'build'], options)
await runPnpmToEnd(['--filter', '@mao/scripts', 'run', 'seed'], options)
runPnpm(['--filter', '@mao/cms', 'run', 'start'], options).on('exit', (code) => process.exit(code ?? 1))
