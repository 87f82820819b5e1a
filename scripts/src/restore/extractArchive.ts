import { extract, list } from 'tar'
import { DATABASE_ENTRY, MANIFEST_ENTRY, MEDIA_ENTRY } from '../backup/manifest'
import { RestoreError } from './restoreError'

/** Only what `pnpm backup` writes: two files and a media folder of plain files and folders. */
function expected(entryPath: string, type: string): boolean {
  const name = entryPath.replace(/\/$/, '')
  if (name === MANIFEST_ENTRY || name === DATABASE_ENTRY) return type === 'File'
  if (name === MEDIA_ENTRY) return type === 'Directory'
  return name.startsWith(`${MEDIA_ENTRY}/`) && (type === 'File' || type === 'Directory')
}

async function reading(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    throw new RestoreError(
      'invalid-archive',
      `The archive cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/**
 * Unpacks a backup archive into an empty staging folder. The archive is read through once
 * before a single file is written: tar's strict mode turns a damaged gzip stream, a truncated
 * archive and paths escaping the folder into errors, and links, devices or anything outside the
 * expected layout make it invalid. (Failing halfway through the unpacking itself would leave
 * writes still in flight in the staging folder.)
 */
export async function extractArchive(archive: string, into: string): Promise<void> {
  const unexpected: string[] = []
  await reading(() =>
    list({
      file: archive,
      strict: true,
      onReadEntry: (entry) => {
        if (!expected(entry.path, entry.type)) unexpected.push(entry.path)
      },
    }),
  )
  if (unexpected.length > 0)
    throw new RestoreError(
      'invalid-archive',
      `The archive holds entries a backup never has: ${unexpected.slice(0, 5).join(', ')}`,
    )
  await reading(() =>
    extract({
      file: archive,
      cwd: into,
      strict: true,
      preserveOwner: false,
      filter: (entryPath, entry) => 'type' in entry && expected(entryPath, entry.type),
    }),
  )
}
