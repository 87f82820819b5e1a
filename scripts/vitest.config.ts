import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.int.spec.ts'],
    setupFiles: ['@mao/cms/testing/vitest-setup'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Workers keep node_modules loaded between files (see @mao/cms/testing/vitest-setup): 81 s
    // instead of 121 s here.
    isolate: false,
  },
})
