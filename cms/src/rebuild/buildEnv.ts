const SECRET_NAMES =
  /^(PAYLOAD_SECRET|DATABASE_URL|MONGODB_URI|RESEND_.*|.*_SECRET|.*_API_KEY|.*_TOKEN|SITE_BUILD_HOOK_URL)$/i

/**
 * Environment for the site build: the CMS's own, without its secrets and Next's internals,
 * plus where to fetch content from and where to write the site.
 */
export function buildEnv(
  base: NodeJS.ProcessEnv,
  { cmsUrl, siteUrl, outDir }: { cmsUrl: string; siteUrl: string; outDir: string },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base }
  for (const name of Object.keys(env)) {
    if (SECRET_NAMES.test(name) || name.startsWith('__NEXT') || name === 'NEXT_RUNTIME') delete env[name]
  }
  Object.assign(env, { CMS_URL: cmsUrl, SITE_URL: siteUrl, SITE_OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' })
  return env
}
