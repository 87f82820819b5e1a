import { createHash } from 'node:crypto'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { cmsUrl, siteUrl } from '../env'

/** Everything the newsletter reads from the environment, read at the moment it is needed. */
export type NewsletterSettings = {
  resendApiKey: string | undefined
  resendBaseUrl: string | undefined
  webhookSecret: string | undefined
  /** Requests per second to Resend, shared by every send in this process. */
  ratePerSecond: number
  from: string
  replyTo: string | undefined
  unsubscribeMailto: string | undefined
  siteUrl: string
  /** Public address of the CMS: the site's forms and the List-Unsubscribe URL point here. */
  cmsPublicUrl: string
  /** Where the site serves the newsletter's images (`<mediaUrl>/<filename>`, see site/src/pages/nieuwsbrief/beelden). */
  mediaUrl: string
  composeCron: string
  intervalDays: number
  autoRun: boolean
  batchSize: number
  maxAttempts: number
  requestTimeoutMs: number
  backoffBaseMs: number
  backoffMaxMs: number
  /** At least twice the request timeout, so a claim cannot lapse during one request. */
  leaseMs: number
  /**
   * Prefix of every idempotency key sent to Resend: INSTALLATION_ID, else derived from
   * PAYLOAD_SECRET. A restored backup of this installation keeps it (same environment), so a
   * resumed send is deduplicated; a copy for staging has its own secret, so its keys never
   * collide with production's.
   */
  installationId: string
  rateLimitWindowMs: number
  rateLimitPerIp: number
  rateLimitPerAddress: number
  pendingMaxAgeDays: number
}

export class NewsletterSettingsError extends Error {
  override name = 'NewsletterSettingsError'
}

function number(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER } = {},
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new NewsletterSettingsError(`${name} must be a number from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

/** The job runners (compose, purge, resume sending) run in the server; off under vitest unless asked for. */
function autoRun(env: NodeJS.ProcessEnv): boolean {
  const flag = env.NEWSLETTER_AUTORUN?.trim().toLowerCase()
  if (flag === 'true' || flag === '1') return true
  if (flag === 'false' || flag === '0') return false
  return !env.VITEST
}

const optional = (value: string | undefined): string | undefined => value?.trim() || undefined

function installationId(env: NodeJS.ProcessEnv): string {
  const explicit = optional(env.INSTALLATION_ID)
  if (explicit) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(explicit))
      throw new NewsletterSettingsError('INSTALLATION_ID may only contain letters, digits, - and _ (at most 64)')
    return explicit
  }
  return createHash('sha256')
    .update(`mao-installation:${env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')
    .slice(0, 12)
}

export function newsletterSettings(env: NodeJS.ProcessEnv = process.env): NewsletterSettings {
  const site = siteUrl(env)
  const requestTimeoutMs = number(env, 'NEWSLETTER_REQUEST_TIMEOUT_MS', 30_000, { min: 100 })
  return {
    resendApiKey: optional(env.RESEND_API_KEY),
    resendBaseUrl: optional(env.RESEND_BASE_URL)?.replace(/\/+$/, ''),
    webhookSecret: optional(env.RESEND_WEBHOOK_SECRET),
    ratePerSecond: number(env, 'RESEND_RATE_PER_SECOND', 2, { min: 0.01, max: 1000 }),
    from: optional(env.NEWSLETTER_FROM) ?? 'Met Andere Ogen <nieuwsbrief@aanpakmetandereogen.nl>',
    replyTo: optional(env.NEWSLETTER_REPLY_TO),
    unsubscribeMailto: optional(env.NEWSLETTER_UNSUBSCRIBE_MAILTO),
    siteUrl: site,
    cmsPublicUrl: (optional(env.CMS_PUBLIC_URL) ?? cmsUrl(env)).replace(/\/+$/, ''),
    mediaUrl: (optional(env.NEWSLETTER_MEDIA_URL) ?? `${site}${newsletterPaths.images}`).replace(/\/+$/, ''),
    composeCron: optional(env.NEWSLETTER_CRON) ?? '0 7 * * 1',
    intervalDays: number(env, 'NEWSLETTER_INTERVAL_DAYS', 14, { min: 1, max: 366 }),
    autoRun: autoRun(env),
    batchSize: number(env, 'NEWSLETTER_BATCH_SIZE', 100, { min: 1, max: 100 }),
    maxAttempts: number(env, 'NEWSLETTER_MAX_ATTEMPTS', 8, { min: 1, max: 100 }),
    requestTimeoutMs,
    backoffBaseMs: number(env, 'NEWSLETTER_BACKOFF_BASE_MS', 1000, { min: 1 }),
    backoffMaxMs: number(env, 'NEWSLETTER_BACKOFF_MAX_MS', 60_000, { min: 1 }),
    leaseMs: Math.max(number(env, 'NEWSLETTER_LEASE_SECONDS', 60, { min: 0.1 }) * 1000, 2 * requestTimeoutMs),
    installationId: installationId(env),
    rateLimitWindowMs: number(env, 'NEWSLETTER_RATE_LIMIT_WINDOW_SECONDS', 3600, { min: 1 }) * 1000,
    rateLimitPerIp: number(env, 'NEWSLETTER_RATE_LIMIT_PER_IP', 20, { min: 1 }),
    rateLimitPerAddress: number(env, 'NEWSLETTER_RATE_LIMIT_PER_ADDRESS', 3, { min: 1 }),
    pendingMaxAgeDays: number(env, 'NEWSLETTER_PENDING_MAX_AGE_DAYS', 7, { min: 1 }),
  }
}
