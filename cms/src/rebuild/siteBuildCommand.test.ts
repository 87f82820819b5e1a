import { describe, expect, it } from 'vitest'
import { buildServerCommand, siteBuildCommand } from './siteBuildCommand'

describe('siteBuildCommand', () => {
  it('runs SITE_BUILD_COMMAND as a shell command', () => {
    expect(siteBuildCommand('make site')).toEqual({ file: 'make site', args: [], shell: true })
  })

  it('starts the warm build process on this Node, in site/', () => {
    expect(buildServerCommand('/srv/mao/site')).toEqual({
      file: process.execPath,
      args: ['--expose-gc', '/srv/mao/site/scripts/buildServer.ts'],
      shell: false,
      cwd: '/srv/mao/site',
      env: { MALLOC_ARENA_MAX: '2' },
    })
  })
})
