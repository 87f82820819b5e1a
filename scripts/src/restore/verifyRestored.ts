import type { CollectionSlug, Payload } from 'payload'
import type { BackupManifest } from '../backup/manifest'
import { RestoreError } from './restoreError'

/** Opens the restored database through Payload and checks the document counts of the manifest. */
export async function verifyRestored(payload: Payload, manifest: BackupManifest): Promise<void> {
  const differing: string[] = []
  for (const [slug, expected] of Object.entries(manifest.counts)) {
    if (!(slug in payload.collections)) {
      differing.push(`${slug} (unknown collection)`)
      continue
    }
    const { totalDocs } = await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })
    if (totalDocs !== expected) differing.push(`${slug} (${totalDocs} instead of ${expected})`)
  }
  if (differing.length > 0)
    throw new RestoreError('failed', `The restored CMS does not hold what the backup lists: ${differing.join(', ')}`)
}
