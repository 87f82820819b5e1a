import { SITE_BUILD_REPORT_ENV } from '@mao/shared/siteBuildReport'

/**
 * What the site build may see of the CMS's environment: the system basics, the site's own
 * settings and Astro's. Everything else (the admin password, PAYLOAD_SECRET, database and
 * Resend credentials, Next's internals) stays in the CMS.
 */
const PASSED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TMPDIR',
  'TZ',
  'LANG',
  'LANGUAGE',
  'NODE_EXTRA_CA_CERTS',
  'NODE_USE_ENV_PROXY',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'CI',
  'CMS_PORT',
  'SITE_PORT',
  'CMS_PUBLIC_URL',
  'SITE_CACHE_DIR',
])
const PASSED_PREFIXES = ['ASTRO_', 'LC_', 'XDG_']

/** Never passed, whatever the lists above say: a guard against a future prefix catching one. */
const SECRET = /(SECRET|PASSWORD|API_KEY|TOKEN|DATABASE_URL|MONGODB_URI|HOOK_URL|^RESEND_)/i

const passes = (name: string): boolean =>
  (PASSED.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix))) && !SECRET.test(name)

type BuildTarget = { cmsUrl: string; siteUrl: string; outDir: string; contentEpoch: string; reportFile?: string }

/**
 * Environment for the site build: the allowed part of `base`, plus where to fetch content, write
 * the site and (when given) its report, and the CMS process's epoch (see processEpoch.ts).
 */
export function buildEnv(
  base: NodeJS.ProcessEnv,
  { cmsUrl, siteUrl, outDir, contentEpoch, reportFile }: BuildTarget,
): NodeJS.ProcessEnv {
  // A site build is a production build whatever mode the CMS runs in (a CMS in development mode
  // would otherwise pass `development` on to Astro).
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' }
  for (const [name, value] of Object.entries(base)) if (value !== undefined && passes(name)) env[name] = value
  return {
    ...env,
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl,
    SITE_OUT_DIR: outDir,
    CMS_CONTENT_EPOCH: contentEpoch,
    ...(reportFile ? { [SITE_BUILD_REPORT_ENV]: reportFile } : {}),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  }
}
