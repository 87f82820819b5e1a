import { defineConfig } from '@playwright/test'

/**
 * Browser tests of the built site (tests/dist/site, written by integration/site-build.int.spec.ts),
 * served by the production site server, in Debian's Chromium: e2e/*.spec.ts. The admin's browser
 * tests need a running CMS and have their own config (playwright.admin.config.ts).
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  globalSetup: './support/serveBuiltSite.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: process.env.SITE_E2E_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
})
