import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pnpmCommand, siteBuildCommand } from './siteBuildCommand'

const base = mkdtempSync(path.join(tmpdir(), 'mao-command-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

function repoWithAstroConfig(content: string | undefined): string {
  const root = mkdtempSync(path.join(base, 'repo-'))
  mkdirSync(path.join(root, 'site'))
  if (content !== undefined) writeFileSync(path.join(root, 'site', 'astro.config.mjs'), content)
  return root
}

describe('siteBuildCommand', () => {
  it('runs the site build through the pnpm that runs the CMS', () => {
    const pnpm = path.join(base, 'pnpm.cjs')
    writeFileSync(pnpm, '')
    expect(pnpmCommand({ NODE_ENV: 'test', npm_execpath: pnpm })).toEqual({ file: process.execPath, args: [pnpm] })
    expect(pnpmCommand({ NODE_ENV: 'test', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' })).toEqual({
      file: 'npx',
      args: ['-y', 'pnpm@10'],
    })
    expect(pnpmCommand({ NODE_ENV: 'test' })).toEqual({ file: 'npx', args: ['-y', 'pnpm@10'] })
  })

  it('passes --outDir only while the Astro config does not read SITE_OUT_DIR', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'test' }
    const without = siteBuildCommand({
      customCommand: undefined,
      outDir: '/r/x',
      repoRoot: repoWithAstroConfig('export default {}'),
      env,
    })
    expect(without).toEqual({
      file: 'npx',
      args: ['-y', 'pnpm@10', '--filter', '@mao/site', 'run', 'build', '--outDir', '/r/x'],
      shell: false,
    })
    const reads = siteBuildCommand({
      customCommand: undefined,
      outDir: '/r/x',
      repoRoot: repoWithAstroConfig('export default { outDir: process.env.SITE_OUT_DIR }'),
      env,
    })
    expect(reads.args.slice(-4)).toEqual(['--filter', '@mao/site', 'run', 'build'])
  })

  it('uses SITE_BUILD_COMMAND as a shell command when set', () => {
    expect(
      siteBuildCommand({ customCommand: 'make site', outDir: '/r/x', repoRoot: repoWithAstroConfig(undefined) }),
    ).toEqual({
      file: 'make site',
      args: [],
      shell: true,
    })
  })
})
