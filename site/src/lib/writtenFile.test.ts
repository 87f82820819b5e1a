import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writtenFile } from './writtenFile'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-written-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writtenFile', () => {
  it('gives what this process wrote while the file is the one it wrote', () => {
    const file = path.join(dir, 'cache.json')
    const written = writtenFile<{ n: number }>('test-cache')
    expect(written.read(file)).toBeUndefined()
    const value = { n: 1 }
    written.write(file, value, (to) => writeFileSync(to, '{"n":1}'))
    expect(written.read(file)).toBe(value)
    expect(writtenFile<{ n: number }>('test-cache').read(file)).toBe(value)
    expect(written.read(path.join(dir, 'other.json'))).toBeUndefined()

    writeFileSync(file, '{"n":2,"by":"another process"}')
    expect(written.read(file)).toBeUndefined()
    written.write(file, { n: 2 }, (to) => writeFileSync(to, '{"n":2}'))
    rmSync(file)
    expect(written.read(file)).toBeUndefined()
  })

  it('keeps nothing when the write fails', () => {
    const file = path.join(dir, 'failing.json')
    const written = writtenFile<{ n: number }>('test-failing')
    written.write(file, { n: 1 }, (to) => writeFileSync(to, '{"n":1}'))
    expect(() =>
      written.write(file, { n: 2 }, () => {
        throw new Error('schijf vol')
      }),
    ).toThrow('schijf vol')
    expect(written.read(file)).toBeUndefined()
  })
})
