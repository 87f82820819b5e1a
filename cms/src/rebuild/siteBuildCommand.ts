import { existsSync } from 'node:fs'
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

/**
 * `pnpm --filter @mao/site run build`, or the SITE_BUILD_COMMAND shell command when set. The
 * output folder reaches the build as SITE_OUT_DIR (see `buildEnv`), which the Astro config reads.
 */
export function siteBuildCommand(customCommand: string | undefined, env: NodeJS.ProcessEnv = process.env): Command {
  if (customCommand) return { file: customCommand, args: [], shell: true }
  const pnpm = pnpmCommand(env)
  return { file: pnpm.file, args: [...pnpm.args, '--filter', '@mao/site', 'run', 'build'], shell: false }
}
