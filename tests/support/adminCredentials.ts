/**
 * The admin tests' ports: 3210 and the two above it, or from ADMIN_E2E_PORT so that two checkouts
 * can run their admin tests at the same time.
 */
const basePort = Number(process.env.ADMIN_E2E_PORT ?? 3210)

export const ADMIN_E2E = {
  email: 'beheer@example.org',
  password: 'e2e-wachtwoord-voor-tests',
  port: basePort,
  /** The Resend stub the admin's CMS mails through; tests read its captures at /__stub/emails. */
  resendStubPort: basePort + 1,
  /** The site server with the draft preview (/voorbeeld) that the admin's "Voorbeeld" links point at. */
  sitePort: basePort + 2,
  /** The CMS's PAYLOAD_SECRET, from which preview links are signed (a test signs an expired one). */
  payloadSecret: 'admin-e2e-secret',
} as const
