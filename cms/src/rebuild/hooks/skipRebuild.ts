import { isRebuildEnabled } from '../settings'

/**
 * Hooks do nothing when rebuilding is off, or when the operation passes
 * `context: { skipRebuild: true }` or `context: { seeding: true }` (bulk imports: the start
 * script's initial build or one explicit request covers them).
 */
export const skipRebuild = (context: Record<string, unknown>): boolean =>
  context.skipRebuild === true || context.seeding === true || !isRebuildEnabled()
