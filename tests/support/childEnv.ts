/**
 * Variables Vitest sets in its workers' process.env: DEV, PROD, MODE, SSR and BASE_URL back
 * `import.meta.env` in tests, and TEST and VITEST* mark the run.
 */
const VITEST_ONLY = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST'])

/**
 * This process's environment without Vitest's own variables, plus `extra`, for the commands a test
 * starts as a user would: Astro inlines every variable of its environment into `import.meta.env`,
 * and a user's shell has none of these.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !VITEST_ONLY.has(name) && !name.startsWith('VITEST'))
  return { NODE_ENV: process.env.NODE_ENV, ...Object.fromEntries(inherited), ...extra }
}
