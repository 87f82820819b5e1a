import { existsSync } from 'node:fs'
import path from 'node:path'

function repoRoot(start: string): string {
  let dir = start
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(import.meta.dirname, '../../..')
    dir = parent
  }
  return dir
}

/** The `current` release symlink: SITE_CURRENT_LINK (relative to the repo root) or `site/current`. */
export const defaultSiteRoot = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(repoRoot(import.meta.dirname), env.SITE_CURRENT_LINK?.trim() || 'site/current')
