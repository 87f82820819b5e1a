import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import type { Redirect } from '@mao/shared/payload-types'
import { createUser, getTestPayload } from '../src/testing'
import { errorText } from './support/errorText'

let payload: Payload
const body = richText([{ p: 'Tekst' }])

beforeAll(async () => {
  payload = await getTestPayload()
})

const redirectFrom = async (from: string): Promise<Redirect | undefined> =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })).docs[0]

const publishNews = (slug: string) =>
  payload.create({
    collection: 'news',
    data: { title: `Bericht ${slug}`, slug, summary: 's', body, _status: 'published' },
  })

const target = (redirect: Redirect | undefined) => {
  const to = redirect?.to
  if (to?.type !== 'reference') return to?.type === 'custom' ? to.url : to?.type
  const value = to.reference?.value
  return `${to.reference?.relationTo}:${typeof value === 'object' ? value?.id : value}`
}

describe('redirects after a slug change', () => {
  it('lead the old path of a published document to the document', async () => {
    const doc = await publishNews('oud-bericht')
    await payload.update({ collection: 'news', id: doc.id, data: { slug: 'nieuw-bericht', _status: 'published' } })
    expect(target(await redirectFrom('/nieuws/oud-bericht'))).toBe(`news:${doc.id}`)
  })

  it('are not made for drafts, nor for a draft slug over a published document until it is published', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Concept', slug: 'concept-a', summary: 's', body },
    })
    await payload.update({ collection: 'news', id: draft.id, data: { slug: 'concept-b' } })
    expect(await redirectFrom('/nieuws/concept-a')).toBeUndefined()

    const live = await publishNews('live-a')
    await payload.update({ collection: 'news', id: live.id, data: { slug: 'live-b' }, draft: true })
    expect(await redirectFrom('/nieuws/live-a')).toBeUndefined()
    await payload.update({ collection: 'news', id: live.id, data: { slug: 'live-b', _status: 'published' } })
    expect(target(await redirectFrom('/nieuws/live-a'))).toBe(`news:${live.id}`)
  })

  it('collapse chains and never redirect a path to itself', async () => {
    const doc = await publishNews('keten-a')
    const custom = await payload.create({
      collection: 'redirects',
      data: { from: '/oude-site/keten', to: { type: 'custom', url: '/nieuws/keten-a' } },
    })
    await payload.update({ collection: 'news', id: doc.id, data: { slug: 'keten-b', _status: 'published' } })
    await payload.update({ collection: 'news', id: doc.id, data: { slug: 'keten-c', _status: 'published' } })
    expect(target(await redirectFrom('/nieuws/keten-a'))).toBe(`news:${doc.id}`)
    expect(target(await redirectFrom('/nieuws/keten-b'))).toBe(`news:${doc.id}`)
    expect(target(await payload.findByID({ collection: 'redirects', id: custom.id, depth: 0 }))).toBe(`news:${doc.id}`)

    await payload.update({ collection: 'news', id: doc.id, data: { slug: 'keten-a', _status: 'published' } })
    expect(await redirectFrom('/nieuws/keten-a')).toBeUndefined()
    expect(target(await redirectFrom('/nieuws/keten-c'))).toBe(`news:${doc.id}`)
  })

  it('follow a page whose parent moved (nested paths)', async () => {
    const parent = await payload.create({
      collection: 'pages',
      data: {
        title: 'Ouder',
        slug: 'ouder-oud',
        summary: 's',
        layout: [{ blockType: 'richText', content: body }],
        _status: 'published',
      },
    })
    const child = await payload.create({
      collection: 'pages',
      data: {
        title: 'Kind',
        slug: 'kind',
        parent: parent.id,
        summary: 's',
        layout: [{ blockType: 'richText', content: body }],
        _status: 'published',
      },
    })
    await payload.update({ collection: 'pages', id: parent.id, data: { slug: 'ouder-nieuw', _status: 'published' } })
    expect(target(await redirectFrom('/ouder-oud'))).toBe(`pages:${parent.id}`)
    expect(target(await redirectFrom('/ouder-oud/kind'))).toBe(`pages:${child.id}`)
  })

  it('free the path for a new document that takes it', async () => {
    const doc = await publishNews('bezet-a')
    await payload.update({ collection: 'news', id: doc.id, data: { slug: 'bezet-b', _status: 'published' } })
    expect(await redirectFrom('/nieuws/bezet-a')).toBeDefined()
    await publishNews('bezet-a')
    expect(await redirectFrom('/nieuws/bezet-a')).toBeUndefined()
  })
})

describe('deleting a published document', () => {
  it('leaves its path as removed (410), and the redirects that led to it too', async () => {
    const doc = await publishNews('weg-a')
    await payload.update({ collection: 'news', id: doc.id, data: { slug: 'weg-b', _status: 'published' } })
    await payload.delete({ collection: 'news', id: doc.id })
    expect((await redirectFrom('/nieuws/weg-b'))?.to.type).toBe('gone')
    expect((await redirectFrom('/nieuws/weg-a'))?.to.type).toBe('gone')
  })

  it('leaves nothing for a document that was never published', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Nooit', slug: 'nooit-live', summary: 's', body },
    })
    await payload.delete({ collection: 'news', id: draft.id })
    expect(await redirectFrom('/nieuws/nooit-live')).toBeUndefined()
  })
})

describe('the redirects collection', () => {
  it('normalizes paths and refuses ones a server config could misread', async () => {
    const made = await payload.create({
      collection: 'redirects',
      data: { from: ' /oud/pad/ ', to: { type: 'custom', url: 'https://example.org/elders' } },
    })
    expect(made.from).toBe('/oud/pad')
    for (const from of ['geen-slash', '/met spatie', '/a;b', '/$host', '/../etc'])
      expect(
        await errorText(payload.create({ collection: 'redirects', data: { from, to: { type: 'gone' } } })),
        from,
      ).toMatch(/pad/i)
    expect(
      await errorText(
        payload.create({
          collection: 'redirects',
          data: { from: '/x', to: { type: 'custom', url: 'https://a.org/"x' } },
        }),
      ),
    ).toMatch(/adres/i)
    expect(
      await errorText(payload.create({ collection: 'redirects', data: { from: '/y', to: { type: 'reference' } } })),
    ).toMatch(/pagina/i)
  })

  it('is public to read and written by editors only', async () => {
    const editor = await createUser(payload, 'editor', 'redacteur-redirects@example.org')
    const data = { from: '/rechten', to: { type: 'gone' as const } }
    expect(await errorText(payload.create({ collection: 'redirects', data, overrideAccess: false }))).toMatch(
      /niet uitvoeren/,
    )
    await payload.create({ collection: 'redirects', data, user: editor, overrideAccess: false })
    const anonymous = await payload.find({
      collection: 'redirects',
      where: { from: { equals: '/rechten' } },
      overrideAccess: false,
    })
    expect(anonymous.totalDocs).toBe(1)
  })
})
