import path from 'node:path'

/** A command to run; `cwd` when it must run in a particular folder (else the repository root). */
export type Command = { file: string; args: string[]; shell: boolean; cwd?: string }

/**
 * `astro build` of site/ with the site's own Astro on the CMS's Node, in site/, or the
 * SITE_BUILD_COMMAND shell command (in the repository root) when set. Not through pnpm: starting pnpm took about 1 s of every publish
 * (`pnpm bench site`), a fifth of the time a change may take to go live. The output folder reaches
 * the build as SITE_OUT_DIR (see `buildEnv`), which the Astro config reads.
 */
export function siteBuildCommand(customCommand: string | undefined, repoRoot: string): Command {
  if (customCommand) return { file: customCommand, args: [], shell: true }
  const site = path.join(repoRoot, 'site')
  return {
    file: process.execPath,
    args: [path.join(site, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', site],
    shell: false,
    // As under `pnpm --filter`: the site resolves relative SITE_CACHE_DIR and its own paths from there.
    cwd: site,
  }
}
