import type { FieldHook } from 'payload'
import { normalizeEmail } from '../../../subscribe/normalizeEmail'

/** Store every address trimmed and lowercased, so the unique index catches the same mailbox twice. */
export const normalizeEmailField: FieldHook = ({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value)
