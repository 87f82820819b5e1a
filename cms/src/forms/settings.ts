import { cmsUrl, siteUrl } from '../env'

/** What the public forms read from the environment, read at the moment it is needed. */
export type FormSettings = {
  siteUrl: string
  /** Public address of the CMS: the site's forms post here. */
  cmsPublicUrl: string
  /** Sender of form emails; FORMS_FROM, else the newsletter's sender. */
  from: string | undefined
  rateLimitWindowMs: number
  /** Posts per client address per window, per form. */
  rateLimitPerIp: number
  /** Accepted posts per email address per window, per form; more are dropped silently. */
  rateLimitPerAddress: number
}

export class FormSettingsError extends Error {
  override name = 'FormSettingsError'
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > Number.MAX_SAFE_INTEGER)
    throw new FormSettingsError(`${name} must be a number of at least ${min}, got "${raw}"`)
  return value
}

export function formSettings(env: NodeJS.ProcessEnv = process.env): FormSettings {
  return {
    siteUrl: siteUrl(env),
    cmsPublicUrl: (env.CMS_PUBLIC_URL?.trim() || cmsUrl(env)).replace(/\/+$/, ''),
    from: env.FORMS_FROM?.trim() || undefined,
    rateLimitWindowMs: number(env, 'FORMS_RATE_LIMIT_WINDOW_SECONDS', 3600) * 1000,
    rateLimitPerIp: number(env, 'FORMS_RATE_LIMIT_PER_IP', 20),
    rateLimitPerAddress: number(env, 'FORMS_RATE_LIMIT_PER_ADDRESS', 3),
  }
}
