import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'

/** The `current` release symlink: SITE_CURRENT_LINK (relative to the repo root) or `site/current`. */
export const defaultSiteRoot = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(repoRoot, env.SITE_CURRENT_LINK?.trim() || 'site/current')
