import { defineConfig } from 'vitest/config'

/**
 * Integration tests across packages (*.int.spec.ts, **\/*.test.ts): a real CMS REST API on a
 * fresh temporary database (see ../cms/test/setup.ts) and real site builds. The end-to-end
 * browser tests (*.spec.ts, e2e/) are Playwright's (playwright.config.ts).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['*.int.spec.ts', '**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    setupFiles: ['../cms/test/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
