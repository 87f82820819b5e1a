import type { Payload } from 'payload'
import type { User } from '@mao/shared/payload-types'
import { richText } from '@mao/shared/lexical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentActivity } from '../src/history'
import { createUser, getTestPayload } from '../src/testing'

let payload: Payload
let writer: User
let publisher: User

const data = (title: string) => ({ title, summary: 'Samenvatting.', body: richText([{ p: 'Tekst' }]) })

beforeAll(async () => {
  payload = await getTestPayload()
  writer = await createUser(payload, 'editor', 'schrijver@example.org', { name: 'Schrijver' })
  publisher = await createUser(payload, 'editor', 'publiceerder@example.org', { name: 'Publiceerder' })
})

afterAll(async () => {
  await payload.destroy()
})

describe('history', () => {
  it('records who made each version, whatever the client sends, and lists them as activity', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { ...data('Historie'), _status: 'draft', updatedBy: publisher.id },
      user: writer,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(draft.updatedBy).toBe(writer.id)
    await payload.update({
      collection: 'news',
      id: draft.id,
      data: { _status: 'published' },
      user: publisher,
      overrideAccess: false,
    })

    const activity = await documentActivity(payload, 'news', draft.id, publisher)
    expect(activity?.map(({ author, status }) => ({ author, status }))).toEqual([
      { author: publisher.name, status: 'published' },
      { author: 'Schrijver', status: 'draft' },
    ])
    const { docs } = await payload.findVersions({ collection: 'news', where: { parent: { equals: draft.id } } })
    expect(docs.map((version) => version.version.updatedBy)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: writer.id })]),
    )
  })

  it('leaves the author empty for system changes, shown as such', async () => {
    const doc = await payload.create({ collection: 'news', data: { ...data('Door het systeem'), _status: 'draft' } })
    expect(doc.updatedBy ?? null).toBeNull()
    const activity = await documentActivity(payload, 'news', doc.id, writer)
    expect(activity).toEqual([expect.objectContaining({ author: undefined, status: 'draft' })])
  })

  it('keeps authors from anonymous readers and the activity from non-editors', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { ...data('Openbaar'), _status: 'published' },
      user: writer,
    })
    const publicView = await payload.findByID({ collection: 'news', id: doc.id, overrideAccess: false, depth: 0 })
    expect(publicView).not.toHaveProperty('updatedBy')
    const contributor = { ...writer, role: 'contributor' as const }
    expect(await documentActivity(payload, 'news', doc.id, contributor)).toBeUndefined()
    expect(await documentActivity(payload, 'news', doc.id, null)).toBeUndefined()
  })
})
