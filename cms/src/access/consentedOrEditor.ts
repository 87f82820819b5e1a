import type { FieldAccess } from 'payload'
import { hasEditorRole } from './hasEditorRole'

/**
 * Personal contact details are readable by anyone else than editors only when the sibling
 * consent checkbox (`consentField`) is ticked. Editors always see them; contributors do not.
 */
export const consentedOrEditor =
  (consentField: string): FieldAccess =>
  ({ req: { user }, siblingData }) =>
    hasEditorRole(user) || (siblingData as Record<string, unknown> | undefined)?.[consentField] === true
