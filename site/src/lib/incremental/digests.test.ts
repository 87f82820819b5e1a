import { describe, expect, it } from 'vitest'
import type { SiteContent } from '../content/types'
import { clockKey } from './dependencyKeys'
import { Digests } from './digests'
import { trackedSource } from './trackedSource'

const withNews = (news: { id: string; title: string }[]) =>
  ({ news, settings: { siteName: 'MAO' } }) as unknown as SiteContent

describe('Digests', () => {
  it('changes a document’s digest with its content and marks an unpublished one absent', async () => {
    const before = new Digests(withNews([{ id: '1', title: 'Een' }]))
    const after = new Digests(withNews([{ id: '1', title: 'Eén' }]))
    expect(await before.of('doc:news:1')).not.toBe(await after.of('doc:news:1'))
    expect(await before.of('doc:news:2')).toBe('absent')
  })

  it('changes a collection’s digest with its order', async () => {
    const a = { id: '1', title: 'Een' }
    const b = { id: '2', title: 'Twee' }
    expect(await new Digests(withNews([a, b])).of('all:news')).not.toBe(
      await new Digests(withNews([b, a])).of('all:news'),
    )
  })

  it('tells whether an instant has come', async () => {
    const digests = new Digests(withNews([]))
    expect(await digests.of(clockKey(Date.now() - 1000))).toBe('reached')
    expect(await digests.of(clockKey(Date.now() + 60_000))).toBe('ahead')
  })

  it('gives unknown keys no digest, so their pages are always rendered', async () => {
    const digests = new Digests(withNews([]))
    expect(await digests.of('clock')).toBeUndefined()
    expect(await digests.of('all:unknown')).toBeUndefined()
    expect(await digests.of('source:nobody')).toBeUndefined()
  })

  it('digests a source entry by entry when the source is a Map', async () => {
    let places = 3
    const load = trackedSource(
      'digest-test-places',
      async () =>
        new Map([
          ['events:1', { places }],
          ['events:2', { places: 9 }],
        ]),
    )
    await load()
    const key = (n: number) => `source:digest-test-places:events:${n}`
    const first = new Digests(withNews([]))
    const before = [await first.of(key(1)), await first.of(key(2))]
    places = 2
    const second = new Digests(withNews([]))
    expect(await second.of(key(1))).not.toBe(before[0])
    expect(await second.of(key(2))).toBe(before[1])
    expect(await second.of(key(3))).toBe('absent')
  })
})
