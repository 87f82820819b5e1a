import { defineConfig } from '@playwright/test'
import { ADMIN_E2E } from './support/adminCredentials'

/** Browser tests of the admin (admin/*.spec.ts) against the real Next.js CMS build (support/serveAdminCms.ts). */
export default defineConfig({
  testDir: './admin',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  // The admin's views render on the server (Next, production build): under CI's load one took
  // longer than Playwright's default 5 s to show (contributor.spec.ts), on the 2 cores it shares.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: './test-results/admin',
  webServer: {
    command: 'tsx support/serveAdminCms.ts',
    url: `http://localhost:${ADMIN_E2E.port}/api/regions?limit=1`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
  use: {
    locale: 'nl-NL',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
})
