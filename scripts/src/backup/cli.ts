/**
 * `pnpm backup [--out FILE]`: a consistent snapshot of the SQLite database and the media folder,
 * taken while the CMS runs, into one tar.gz with a manifest (default backups/mao-<time>.tar.gz).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { repoRoot } from '@mao/cms/repo-root'
import { defaultArchivePath } from './archiveName'
import { createBackup } from './createBackup'
import { loadTarget, UnsupportedDatabaseError } from './target'

const { values } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: false })
// pnpm runs this in scripts/; INIT_CWD is where the command was typed.
const out = values.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : defaultArchivePath(repoRoot)

try {
  const target = await loadTarget()
  const { file, manifest } = await createBackup({ ...target, out })
  const documents = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0)
  console.log(`[backup] ${file}`)
  console.log(
    `[backup] ${documents} documents in ${Object.keys(manifest.counts).length} collections, ${manifest.media.length} media files, migration ${manifest.database.migration ?? '(none)'}`,
  )
  process.exit(0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(error instanceof UnsupportedDatabaseError ? `[backup] ${message}` : `[backup] failed: ${message}`)
  process.exit(1)
}
