/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

/**
 * Unit tests of the site's modules, beside the code as `*.test.ts`; integration tests would go in
 * test/ as `*.int.spec.ts`. Astro's Vite config lets a test render `.astro` components with the
 * container API (`astro/container`).
 */
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.int.spec.ts'],
  },
})
