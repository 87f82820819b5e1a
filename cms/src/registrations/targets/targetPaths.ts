import { collectionPaths } from '@mao/shared/urls'
import type { RegistrationTarget } from './loadTarget'
import { parseTargetKey } from './targetKey'

/**
 * Site pages of the targets this process has seen, for the form's error redirects without
 * JavaScript, which must be computed without a database read. Filled whenever a target is loaded
 * (every registration's check does) and at start; an unseen target falls back to its section.
 */
const paths = new Map<string, string>()

export function rememberTargetPath(target: Pick<RegistrationTarget, 'key' | 'path'>): void {
  paths.set(target.key, target.path)
}

/** The form's page: the target's page at its registration section. */
export function targetFormPath(key: string | undefined): string {
  const known = key ? paths.get(key.trim()) : undefined
  if (known) return `${known}#aanmelden`
  const ref = key ? parseTargetKey(key) : undefined
  return collectionPaths[ref?.collection ?? 'communities']
}
