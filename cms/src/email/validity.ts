/** How long a "wachtwoord vergeten" link works; the mail states it. */
export const PASSWORD_RESET_VALID_HOURS = 1
/** How long an invitation's link works: long enough for someone back from a week away. */
export const INVITATION_VALID_DAYS = 7

export const PASSWORD_RESET_VALID_MS = PASSWORD_RESET_VALID_HOURS * 60 * 60 * 1000
export const INVITATION_VALID_MS = INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000
