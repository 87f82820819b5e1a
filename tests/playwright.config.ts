import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests of the built site (tests/dist/site, written by site-build.int.spec.ts),
 * served by a tiny static server, in Debian's Chromium: e2e/*.spec.ts and the feature specs
 * next to this file (*.spec.ts). *.int.spec.ts files are vitest's.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', '*.spec.ts'],
  // admin/ has its own config (playwright.admin.config.ts): it needs a running CMS.
  testIgnore: ['**/*.int.spec.ts', '**/node_modules/**', 'dist/**', 'admin/**'],
  globalSetup: './e2e/globalSetup.ts',
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
