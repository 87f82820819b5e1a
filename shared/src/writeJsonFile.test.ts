import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeJsonFile } from './writeJsonFile'

describe('writeJsonFile', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('creates the folder, replaces the file and leaves no temporary file', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mao-json-'))
    const file = path.join(dir, 'cache', 'data.json')
    writeJsonFile(file, { a: 1 })
    writeJsonFile(file, { a: 2 })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ a: 2 })
    expect(readdirSync(path.dirname(file))).toEqual(['data.json'])
  })

  it('leaves nothing when the value cannot be written', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mao-json-'))
    expect(() => writeJsonFile(path.join(dir, 'data.json'), 1n)).toThrow()
    expect(readdirSync(dir)).toEqual([])
  })
})
