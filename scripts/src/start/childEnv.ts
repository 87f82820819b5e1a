/**
 * What each process `pnpm start` runs may see of the environment. Removed variables are set to
 * an empty string rather than deleted: the CMS loads the root `.env` itself and keeps variables
 * already set, so a deleted one would come back from the file.
 */
type Env = NodeJS.ProcessEnv

/** Only the seed creates the first admin; nothing else needs its address or password. */
const FIRST_ADMIN = ['ADMIN_EMAIL', 'ADMIN_PASSWORD'] as const

/** Names of secrets the static site server never needs. */
const SECRET_NAME = /SECRET|PASSWORD|API_KEY|TOKEN|PRIVATE|CREDENTIAL/i

function blank(env: Env, drop: (name: string) => boolean): Env {
  const result = { ...env }
  for (const name of Object.keys(result)) if (drop(name)) result[name] = ''
  return result
}

/** The CMS and its build: everything but the first admin's credentials. */
export const cmsEnv = (env: Env): Env => blank(env, (name) => (FIRST_ADMIN as readonly string[]).includes(name))

/** The static site server: no secrets and no database address (it may carry a password). */
export const siteServerEnv = (env: Env): Env =>
  blank(env, (name) => SECRET_NAME.test(name) || name === 'DATABASE_URL' || name.startsWith('ADMIN_'))
