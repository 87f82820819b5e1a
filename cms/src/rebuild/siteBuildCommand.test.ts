import { describe, expect, it } from 'vitest'
import { siteBuildCommand } from './siteBuildCommand'

describe('siteBuildCommand', () => {
  it('runs the site’s Astro on this Node; the output folder goes through SITE_OUT_DIR, not a flag', () => {
    expect(siteBuildCommand(undefined, '/srv/mao')).toEqual({
      file: process.execPath,
      args: ['/srv/mao/site/node_modules/astro/bin/astro.mjs', 'build', '--root', '/srv/mao/site'],
      shell: false,
      cwd: '/srv/mao/site',
    })
  })

  it('uses SITE_BUILD_COMMAND as a shell command when set', () => {
    expect(siteBuildCommand('make site', '/srv/mao')).toEqual({ file: 'make site', args: [], shell: true })
  })
})
