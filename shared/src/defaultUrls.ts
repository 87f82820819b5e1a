/**
 * Where the CMS and the site are when the environment does not say: a local `pnpm start`, which
 * serves the CMS on CMS_PORT and the site on SITE_PORT. The CMS, the site build and the start
 * script all read their defaults here; an empty variable counts as unset.
 */
type Env = Record<string, string | undefined>

const set = (value: string | undefined): string | undefined => value?.trim() || undefined

export const cmsPort = (env: Env): number => Number(set(env.CMS_PORT) ?? 3000)

export const sitePort = (env: Env): number => Number(set(env.SITE_PORT) ?? 4321)

/** The default CMS_URL: the CMS on this machine's CMS_PORT. */
export const defaultCmsUrl = (env: Env): string => `http://localhost:${cmsPort(env)}`

/** The default SITE_URL: the site on this machine's SITE_PORT. */
export const defaultSiteUrl = (env: Env): string => `http://localhost:${sitePort(env)}`
