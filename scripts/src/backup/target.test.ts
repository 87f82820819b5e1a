import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { resolveTarget, UnsupportedDatabaseError } from './target'

const config = (collections: { slug: string; upload?: { staticDir: string } }[]) =>
  ({ collections }) as unknown as SanitizedConfig

describe('resolveTarget', () => {
  it('takes the SQLite file, the upload folder and the collections, without Payload’s own', () => {
    const target = resolveTarget(
      { kind: 'sqlite', file: '/data/mao.db', description: '' },
      config([
        { slug: 'news' },
        { slug: 'media', upload: { staticDir: '/data/media' } },
        { slug: 'payload-preferences' },
      ]),
    )
    expect(target).toEqual({ dbFile: '/data/mao.db', mediaDir: '/data/media', collections: ['news', 'media'] })
  })

  it('refuses MongoDB and points to mongodump and the production notes', () => {
    const run = () =>
      resolveTarget(
        { kind: 'mongodb', url: 'mongodb://db/mao', description: '' },
        config([{ slug: 'media', upload: { staticDir: '/m' } }]),
      )
    expect(run).toThrow(UnsupportedDatabaseError)
    expect(run).toThrow(/mongodump.*mongorestore.*docs\/production\.md/)
  })
})
