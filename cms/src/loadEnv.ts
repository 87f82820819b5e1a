import { existsSync } from 'node:fs'
import path from 'node:path'
import { cmsRoot } from './paths'

/**
 * Loads the repository's root `.env` for every entry point (next, the payload CLI, scripts).
 * Variables already set in the environment win. Tests never read it.
 */
export function loadRootEnv(): void {
  const file = path.resolve(cmsRoot, '..', '.env')
  if (!process.env.VITEST && existsSync(file)) process.loadEnvFile(file)
}
