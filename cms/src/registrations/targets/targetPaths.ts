import type { Payload } from 'payload'
import { collectionPaths } from '@mao/shared/urls'
import { loadTarget } from './loadTarget'
import { parseTargetKey } from './targetKey'

/**
 * The form's page for errors without JavaScript: the target's page at its registration section,
 * or its section's index for a target that does not exist (a tampered form).
 */
export async function targetFormPath(payload: Payload, key: string | undefined): Promise<string> {
  const ref = key ? parseTargetKey(key) : undefined
  const target = ref && key ? await loadTarget(payload, key.trim()) : undefined
  if (target) return `${target.path}#aanmelden`
  return collectionPaths[ref?.collection ?? 'communities']
}
