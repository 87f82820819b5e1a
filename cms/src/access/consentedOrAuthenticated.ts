import type { FieldAccess } from 'payload'

/**
 * Personal contact details are readable by anonymous users only when the sibling consent
 * checkbox (`consentField`) is ticked. Logged-in editors always see them.
 */
export const consentedOrAuthenticated =
  (consentField: string): FieldAccess =>
  ({ req: { user }, siblingData }) =>
    Boolean(user) || (siblingData as Record<string, unknown> | undefined)?.[consentField] === true
