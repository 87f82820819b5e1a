import type { FieldHook } from 'payload'

/** Stored trimmed and lower-case, as the form sends it, so look-ups by address find it. */
export const normalizeEmailField: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
