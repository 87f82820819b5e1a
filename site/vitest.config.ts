import { defineConfig } from 'vitest/config'

/** Unit tests for the site's plain TypeScript modules (no Astro runtime needed). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
})
