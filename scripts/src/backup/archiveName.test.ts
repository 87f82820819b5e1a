import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultArchivePath } from './archiveName'

describe('defaultArchivePath', () => {
  it('puts a sortable, colon-free UTC timestamp in backups/', () => {
    expect(defaultArchivePath('/repo', new Date('2026-07-01T12:30:05.123Z'))).toBe(
      path.join('/repo', 'backups', 'mao-2026-07-01T12-30-05Z.tar.gz'),
    )
  })
})
