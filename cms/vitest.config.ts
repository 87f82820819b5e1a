import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  // tsconfig keeps JSX for Next ("preserve"); tests that render admin components need it compiled.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'node',
    // Unit tests beside the code, integration tests (Payload on a temporary database) in test/.
    include: ['src/**/*.test.ts', 'test/**/*.int.spec.ts'],
    setupFiles: ['./src/testing/vitestSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Workers keep node_modules loaded between files; src/testing/vitestSetup.ts gives each file
    // a fresh database and our own modules anew. The suite took 424 s instead of 601 s here.
    isolate: false,
  },
})
