import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'
import { newestMtime } from './cmsBuild'

/** The draft preview server build (site/dist-preview) is missing or older than the site's code (site/src, shared/src). */
export function previewBuildIsStale(): boolean {
  const entry = path.join(repoRoot, 'site', 'dist-preview', 'server', 'entry.mjs')
  if (!existsSync(entry)) return true
  const builtAt = statSync(entry).mtimeMs
  return [path.join(repoRoot, 'site', 'src'), path.join(repoRoot, 'shared', 'src')].some(
    (dir) => newestMtime(dir) > builtAt,
  )
}
