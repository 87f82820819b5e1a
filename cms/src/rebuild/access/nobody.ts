import type { Access } from 'payload'

/** Nobody through the API; the system writes with `overrideAccess: true`. */
export const nobody: Access = () => false
