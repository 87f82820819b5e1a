import path from 'node:path'

/** A command to run; `cwd` when it must run in a particular folder (else the repository root). */
export type Command = { file: string; args: string[]; shell: boolean; cwd?: string }

/**
 * SITE_BUILD_COMMAND, run as a shell command in the repository root, instead of the site's warm
 * build process (warmSiteBuild.ts). The output folder reaches it as SITE_OUT_DIR (see `buildEnv`).
 */
export const siteBuildCommand = (customCommand: string): Command => ({ file: customCommand, args: [], shell: true })

/**
 * The site's warm build process (site/scripts/buildServer.ts) on this Node, in site/, free to
 * collect its garbage after each build (`--expose-gc`). Built here and handed over as values:
 * Next's bundler follows a `fork` or `spawn` of a script path it can see, and fails the CMS's
 * build on one it cannot resolve.
 */
export const buildServerCommand = (siteDir: string): Command => ({
  file: process.execPath,
  args: ['--expose-gc', path.join(siteDir, 'scripts/buildServer.ts')],
  shell: false,
  cwd: siteDir,
})
