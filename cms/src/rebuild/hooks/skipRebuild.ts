import { isRebuildEnabled } from '../settings'

/**
 * Hooks do nothing when rebuilding is off, or when the operation passes
 * `context: { skipRebuild: true }` or `context: { seeding: true }` (bulk imports: the build when
 * the CMS server starts, or one explicit request, covers them).
 */
export const skipRebuild = (context: Record<string, unknown>): boolean =>
  context.skipRebuild === true || context.seeding === true || !isRebuildEnabled()

const coveredKey = (collection: string): string => `rebuild:covered:${collection}`

/**
 * Context for writes to `collection` that another document's change makes (an automatic redirect
 * when a page is renamed or deleted): that change already asks for the build, so these add no
 * reason of their own. Keyed by collection, because Payload merges `context` into the request the
 * whole operation shares, and the document's own trigger must still run.
 */
export const coveredByAnotherChange = (collection: string): Record<string, true> => ({ [coveredKey(collection)]: true })

export const isCoveredByAnotherChange = (context: Record<string, unknown>, collection: string): boolean =>
  context[coveredKey(collection)] === true
