import { afterEach, describe, expect, it } from 'vitest'
import { IncrementalBuild, startBuild } from './incrementalBuild'
import { perBuild } from './perBuild'
import { scratchDirs } from '@mao/shared/test-scratchDirs'

const scratchDir = scratchDirs('mao-per-build-')
const newBuild = () => new IncrementalBuild(scratchDir(), 'addresses', () => [])

afterEach(() => startBuild(undefined))

describe('perBuild', () => {
  it('gives each build an empty slot of its own, as the warm build process runs build after build', () => {
    const content = perBuild<string>()
    startBuild(newBuild())
    content().value ??= 'first build'
    expect(content().value).toBe('first build')

    startBuild(newBuild())
    expect(content().value).toBeUndefined()
    content().value ??= 'second build'
    expect(content().value).toBe('second build')
  })

  it('keeps one slot for the life of the module outside a build (dev and preview servers)', () => {
    const content = perBuild<string>()
    content().value = 'kept'
    startBuild(newBuild())
    expect(content().value).toBeUndefined()
    startBuild(undefined)
    expect(content().value).toBe('kept')
  })
})
