import { defaultCmsUrl, defaultSiteUrl } from '@mao/shared/defaultUrls'

/** Environment the CMS reads, with the checks that must fail loudly at start. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const DEV_SECRET = 'development-only-secret-not-for-production'

export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // `next build` loads the config to collect pages; the real secret is only needed to serve.
  if (env.NEXT_PHASE === 'phase-production-build') return DEV_SECRET
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. Set it to a long random string in .env (for example: openssl rand -hex 32) before starting in production.',
    )
  }
  return DEV_SECRET
}

export const siteUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.SITE_URL?.trim() || defaultSiteUrl(env)).replace(/\/+$/, '')

export const cmsUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.CMS_URL?.trim() || defaultCmsUrl(env)).replace(/\/+$/, '')
