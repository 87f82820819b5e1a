import type { Where } from 'payload'

/**
 * Not cancelled. MongoDB keeps a cleared date as null where SQLite has NULL for both, and
 * `exists: false` misses an explicit null there: ask for both.
 */
export const notCancelled: Where = { or: [{ cancelledAt: { exists: false } }, { cancelledAt: { equals: null } }] }
