export const ADMIN_E2E = {
  email: 'beheer@example.org',
  password: 'e2e-wachtwoord-voor-tests',
  port: 3210,
} as const
