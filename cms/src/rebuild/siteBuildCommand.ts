import path from 'node:path'

/**
 * A command to run; `cwd` when it must run in a particular folder (else the repository root),
 * `env` for variables it sets unless the environment has them.
 */
export type Command = { file: string; args: string[]; shell: boolean; cwd?: string; env?: Record<string, string> }

/**
 * SITE_BUILD_COMMAND, run as a shell command in the repository root, instead of the site's warm
 * build process (warmSiteBuild.ts). The output folder reaches it as SITE_OUT_DIR (see `buildEnv`).
 */
export const siteBuildCommand = (customCommand: string): Command => ({ file: customCommand, args: [], shell: true })

/**
 * The site's warm build process (site/scripts/buildServer.ts) on this Node, in site/, free to
 * collect its garbage after each build (`--expose-gc`). Two malloc arenas instead of glibc's 8 per
 * core: the threads of Vite's bundler, sharp and libuv left memory spread over them, and at 10,000
 * documents the process held about 150 MB less after its first build (1,102 MB against 1,233–1,270
 * in three runs), so the CMS replaces it less often (see MAX_RSS_MB).
 *
 * Built here and handed over as values: Next's bundler follows a `fork` or `spawn` of a script
 * path it can see, and fails the CMS's build on one it cannot resolve.
 */
export const buildServerCommand = (siteDir: string): Command => ({
  file: process.execPath,
  args: ['--expose-gc', path.join(siteDir, 'scripts/buildServer.ts')],
  shell: false,
  cwd: siteDir,
  env: { MALLOC_ARENA_MAX: '2' },
})
