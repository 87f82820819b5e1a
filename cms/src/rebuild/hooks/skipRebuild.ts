import { isRebuildEnabled } from '../settings'

/**
 * Hooks do nothing when rebuilding is off, or when the operation passes
 * `context: { skipRebuild: true }` or `context: { seeding: true }` (bulk imports: the build when
 * the CMS server starts, or one explicit request, covers them).
 */
export const skipRebuild = (context: Record<string, unknown>): boolean =>
  context.skipRebuild === true || context.seeding === true || !isRebuildEnabled()
