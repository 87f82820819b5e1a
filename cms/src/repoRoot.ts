import { existsSync } from 'node:fs'
import path from 'node:path'
import { cmsRoot } from './paths'

/**
 * The monorepo root: the nearest folder above `start` holding `pnpm-workspace.yaml`. Walking up
 * from the working directory works inside Next bundles too, where `import.meta.url` may point
 * into `.next/`; `cms/..` is the fallback.
 */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start)
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(cmsRoot, '..')
    dir = parent
  }
}

/** The monorepo root of this checkout, found from this file (for scripts and tests; not bundled). */
export const repoRoot: string = findRepoRoot(cmsRoot)
