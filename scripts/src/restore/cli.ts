/**
 * `pnpm restore FILE`: puts a `pnpm backup` archive back as the SQLite database and media folder
 * of DATABASE_URL and MEDIA_DIR. Refuses while the database is open (stop the CMS first),
 * verifies the archive before changing anything, keeps the replaced files beside the new ones,
 * then opens the result with Payload (running pending migrations) and checks the counts.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from '../cms'
import { loadTarget, UnsupportedDatabaseError } from '../backup/target'
import { RestoreError } from './restoreError'
import { restoreBackup } from './restoreBackup'
import { verifyRestored } from './verifyRestored'

const { positionals } = parseArgs({ allowPositionals: true, options: {} })
const [file, ...rest] = positionals
if (!file || rest.length > 0) {
  console.error('Usage: pnpm restore <backup.tar.gz>')
  process.exit(2)
}
// pnpm runs this in scripts/; INIT_CWD is where the command was typed.
const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

try {
  const target = await loadTarget()
  const result = await restoreBackup({ archive, dbFile: target.dbFile, mediaDir: target.mediaDir })
  console.log(
    `[restore] ${archive} (made ${result.manifest.createdAt}) restored to ${target.dbFile} and ${target.mediaDir}`,
  )
  if (result.previousDatabase) console.log(`[restore] previous database kept at ${result.previousDatabase}`)
  if (result.previousMedia) console.log(`[restore] previous media kept at ${result.previousMedia}`)
  const payload = await openPayload()
  await verifyRestored(payload, result.manifest)
  console.log('[restore] verified: Payload opens the database and every collection holds the documents of the backup')
  process.exit(0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  const known = error instanceof RestoreError || error instanceof UnsupportedDatabaseError
  console.error(known ? `[restore] ${message}` : `[restore] failed: ${message}`)
  process.exit(1)
}
