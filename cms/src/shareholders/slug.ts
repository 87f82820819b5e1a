export const SHAREHOLDER_APPLICATIONS = 'shareholder-applications' as const
