import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pnpmCommand, siteBuildCommand } from './siteBuildCommand'

const base = mkdtempSync(path.join(tmpdir(), 'mao-command-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

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

  it('builds the site package; the output folder goes through SITE_OUT_DIR, not a flag', () => {
    expect(siteBuildCommand(undefined, { NODE_ENV: 'test' })).toEqual({
      file: 'npx',
      args: ['-y', 'pnpm@10', '--filter', '@mao/site', 'run', 'build'],
      shell: false,
    })
  })

  it('uses SITE_BUILD_COMMAND as a shell command when set', () => {
    expect(siteBuildCommand('make site')).toEqual({ file: 'make site', args: [], shell: true })
  })
})
