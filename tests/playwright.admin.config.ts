import { defineConfig } from '@playwright/test'
import { ADMIN_E2E } from './admin/credentials'

/** Admin tests against the real Next.js CMS build (admin/serveCms.ts). */
export default defineConfig({
  testDir: './admin',
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  outputDir: './test-results/admin',
  webServer: {
    command: 'tsx admin/serveCms.ts',
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
