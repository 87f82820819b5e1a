import path from 'node:path'

/** `backups/mao-2026-07-01T12-30-05Z.tar.gz` under `root`: sortable, and no `:` in file names. */
export function defaultArchivePath(root: string, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')
  return path.join(root, 'backups', `mao-${stamp}.tar.gz`)
}
