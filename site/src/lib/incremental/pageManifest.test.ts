import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PAGE_MANIFEST_FILE, pathId, takePageManifest, writePageManifest } from './pageManifest'
import { scratchDirs } from '@mao/shared/test-scratchDirs'

const scratchDir = scratchDirs('mao-manifest-')

describe('page manifest', () => {
  it('reads back what was written once: a build that does not complete leaves none', () => {
    const dir = scratchDir()
    const manifest = { version: 1 as const, salt: 's', paths: { a: { key: 'k', props: 'p', dependencies: {} } } }
    writePageManifest(dir, manifest)
    expect(takePageManifest(dir)).toEqual(manifest)
    expect(takePageManifest(dir)).toBeUndefined()
  })

  it('treats a missing or broken manifest as none', () => {
    const dir = scratchDir()
    expect(takePageManifest(dir)).toBeUndefined()
    writeFileSync(path.join(dir, PAGE_MANIFEST_FILE), '{"version":1,')
    expect(takePageManifest(dir)).toBeUndefined()
  })

  it('names a path by its route and params in any order', () => {
    expect(pathId('/toolbox/[a]/[b]', { b: '2', a: '1' })).toBe(pathId('/toolbox/[a]/[b]', { a: '1', b: '2' }))
  })
})
