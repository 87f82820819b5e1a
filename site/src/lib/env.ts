import { defaultCmsUrl, defaultSiteUrl } from '@mao/shared/defaultUrls'

/**
 * Build-time configuration from the environment. Read through functions (not constants) so
 * tests can pass their own environment.
 */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError'
}

type Env = Record<string, string | undefined>

function urlFrom(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SiteConfigError(`${name} is not a valid URL: "${raw}". Use for example ${fallback}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteConfigError(`${name} must start with http:// or https:// (got "${raw}").`)
  }
  return url.toString().replace(/\/+$/, '')
}

/** Where the build fetches content and images (default: the CMS on CMS_PORT of this machine). */
export const cmsUrl = (env: Env = process.env): string => urlFrom(env, 'CMS_URL', defaultCmsUrl(env))

/**
 * Names the CMS process that started this build (set by its rebuild plugin). A build keeps the
 * documents it fetched for the next build of the same epoch (see ContentSnapshot); without one,
 * as in `astro build` by hand, every document is fetched.
 */
export const cmsContentEpoch = (env: Env = process.env): string | undefined =>
  env.CMS_CONTENT_EPOCH?.trim() || undefined

/** The CMS address visitors' browsers use (forms, downloads); defaults to CMS_URL. */
export const cmsPublicUrl = (env: Env = process.env): string =>
  env.CMS_PUBLIC_URL?.trim() ? urlFrom(env, 'CMS_PUBLIC_URL', cmsUrl(env)) : cmsUrl(env)

/**
 * The public address of this site, for canonical URLs, the sitemap and feeds (default: the site
 * on SITE_PORT of this machine, where `pnpm start` serves it).
 */
export const siteUrl = (env: Env = process.env): string => urlFrom(env, 'SITE_URL', defaultSiteUrl(env))

/** Astro's `site`: SITE_URL as astro.config.ts sets it, for the pages and endpoints that build absolute URLs. */
export const siteRoot = (site: URL | undefined): URL => site ?? new URL(siteUrl())
