import { describe, expect, it } from 'vitest'
import { parseManifest, type BackupManifest } from './manifest'

const sha = 'a'.repeat(64)
const valid: BackupManifest = {
  format: 'mao-backup',
  version: 1,
  createdAt: '2026-07-01T12:00:00.000Z',
  database: { kind: 'sqlite', file: 'database.sqlite', bytes: 4096, sha256: sha, migration: '20260101_initial' },
  counts: { news: 3, subscribers: 1 },
  media: [{ path: 'images/foto.webp', bytes: 10, sha256: sha }],
}
const withChange = (change: (manifest: Record<string, unknown>) => void): string => {
  const copy = structuredClone(valid) as unknown as Record<string, unknown>
  change(copy)
  return JSON.stringify(copy)
}

describe('parseManifest', () => {
  it('accepts what pnpm backup writes', () => {
    expect(parseManifest(JSON.stringify(valid))).toEqual(valid)
  })

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another format', withChange((m) => (m.format = 'other')), /unknown format/],
    ['a newer version', withChange((m) => (m.version = 2)), /unknown format/],
    ['a short checksum', withChange((m) => ((m.database as { sha256: string }).sha256 = 'abc')), /bad database/],
    ['a negative count', withChange((m) => (m.counts = { news: -1 })), /bad counts/],
    [
      'a media path leaving the folder',
      withChange((m) => (m.media = [{ path: '../.env', bytes: 1, sha256: sha }])),
      /bad media entry/,
    ],
    [
      'an absolute media path',
      withChange((m) => (m.media = [{ path: '/etc/passwd', bytes: 1, sha256: sha }])),
      /bad media entry/,
    ],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseManifest(text)).toThrow(message)
  })
})
