import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type Command = { file: string; args: string[]; shell: boolean }

/** The pnpm that runs the CMS (`npm_execpath` under `pnpm start`), else `npx -y pnpm@10`. */
export function pnpmCommand(env: NodeJS.ProcessEnv = process.env): { file: string; args: string[] } {
  const execPath = env.npm_execpath
  if (execPath && /pnpm/i.test(path.basename(execPath)) && existsSync(execPath)) {
    return /\.[cm]?js$/.test(execPath) ? { file: process.execPath, args: [execPath] } : { file: execPath, args: [] }
  }
  return { file: 'npx', args: ['-y', 'pnpm@10'] }
}

/** Whether `site/astro.config.*` reads SITE_OUT_DIR itself, so no `--outDir` flag is needed. */
export function astroConfigReadsOutDir(repoRoot: string): boolean {
  for (const name of ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js']) {
    const file = path.join(repoRoot, 'site', name)
    if (existsSync(file)) return readFileSync(file, 'utf8').includes('SITE_OUT_DIR')
  }
  return false
}

/**
 * `pnpm --filter @mao/site run build`, or the SITE_BUILD_COMMAND shell command when set. The
 * output folder reaches the build as SITE_OUT_DIR; `--outDir` is added only while the Astro
 * config does not read it (pnpm appends it to the script, so it must stay the last command).
 */
export function siteBuildCommand({
  customCommand,
  outDir,
  repoRoot,
  env = process.env,
}: {
  customCommand: string | undefined
  outDir: string
  repoRoot: string
  env?: NodeJS.ProcessEnv
}): Command {
  if (customCommand) return { file: customCommand, args: [], shell: true }
  const pnpm = pnpmCommand(env)
  const args = [...pnpm.args, '--filter', '@mao/site', 'run', 'build']
  if (!astroConfigReadsOutDir(repoRoot)) args.push('--outDir', outDir)
  return { file: pnpm.file, args, shell: false }
}
