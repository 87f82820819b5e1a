import { defineConfig } from 'vitest/config'

/**
 * Unit tests of the site's plain TypeScript modules (no Astro runtime needed), beside the code
 * as `*.test.ts`; integration tests would go in test/ as `*.int.spec.ts`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.int.spec.ts'],
  },
})
