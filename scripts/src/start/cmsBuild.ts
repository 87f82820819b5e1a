import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'

/** The newest modification time under dir, skipping node_modules and dot folders. */
export function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** The Next build of the CMS is missing or older than its sources (cms/src, shared/src). */
export function cmsBuildIsStale(): boolean {
  const buildId = path.join(repoRoot, 'cms', '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const builtAt = statSync(buildId).mtimeMs
  return [path.join(repoRoot, 'cms', 'src'), path.join(repoRoot, 'shared', 'src')].some(
    (dir) => newestMtime(dir) > builtAt,
  )
}
