import { defineConfig } from 'vitest/config'

/**
 * Integration tests across packages (integration/*.int.spec.ts): a real CMS REST API on a fresh
 * temporary database (see @mao/cms/testing/vitest-setup), real site builds, emails in Chromium. The browser
 * tests (e2e/, admin/) are Playwright's.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['integration/**/*.int.spec.ts'],
    setupFiles: ['@mao/cms/testing/vitest-setup'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
