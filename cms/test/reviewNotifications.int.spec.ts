import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { richText } from '@mao/shared/lexical'
import type { User } from '@mao/shared/payload-types'
import { reviewMailsProcessed } from '../src/contributors'
import { createUser, getTestPayload } from '../src/testing'
import { useResendStub } from './support/env'

/**
 * The review flow's mails: the programme office hears when a contributor offers a draft for
 * review, the contributor hears when an editor publishes it. Saves go through the Local API as the
 * user (access and hooks as in the admin); mails go out after the save, so tests wait for them.
 */
type Collection = 'news' | 'practices'
type Id = number | string

const OFFICE = 'bureau@example.org'
const CONTRIBUTOR = 'bijdrager@example.org'
const content = { summary: 'Kort.', body: richText([{ p: 'Tekst' }]) }

let payload: Payload
let stub: ResendStub
let contributor: User
let editor: User
let region: Id

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  await createUser(payload, 'admin') // the first account becomes an admin whatever its role
  region = (await payload.create({ collection: 'regions', data: { title: 'Regio Noord' } as never, draft: true })).id
  contributor = await createUser(payload, 'contributor', CONTRIBUTOR, { name: 'Bea Bijdrager', regions: [region] })
  editor = await createUser(payload, 'editor')
  await setOffice(OFFICE)
})

afterAll(async () => {
  await stub.close()
})

afterEach(() => {
  vi.restoreAllMocks()
  stub.setRules([])
})

async function setOffice(email: string) {
  await payload.updateGlobal({ slug: 'site-settings', data: { contact: { email } } })
}

const mailsTo = (email: string) => stub.emails.filter((mail) => mail.to.includes(email))
const mailsAbout = (email: string, title: string) => mailsTo(email).filter((mail) => mail.subject.endsWith(title))

const logged = (spy: { mock: { calls: unknown[][] } }): string[] =>
  spy.mock.calls.map(([entry]) => (typeof entry === 'string' ? entry : ((entry as { msg?: string }).msg ?? '')))

/** A contributor's draft, created as they would in the admin, then the mails it caused. */
async function draftBy(user: User, collection: Collection, title: string, review: 'draft' | 'submitted' = 'draft') {
  const doc = await payload.create({
    collection,
    data: { title, ...content, regions: [region], review, _status: 'draft' } as never,
    draft: true,
    user,
    overrideAccess: false,
  })
  await reviewMailsProcessed()
  return doc.id
}

async function saveAs(user: User, collection: Collection, id: Id, data: Record<string, unknown>, draft = true) {
  const doc = await payload.update({ collection, id, data: data as never, draft, user, overrideAccess: false })
  await reviewMailsProcessed()
  return doc as unknown as { slug: string; _status: string }
}

const submit = (collection: Collection, id: Id) => saveAs(contributor, collection, id, { review: 'submitted' })
const publish = (collection: Collection, id: Id, extra: object = {}) =>
  saveAs(editor, collection, id, { ...extra, _status: 'published' }, false)

describe('a draft offered for review ("Ter beoordeling")', () => {
  it.each([
    ['news', 'nieuwsbericht'],
    ['practices', 'goed voorbeeld'],
  ] as const)(
    'mails the programme office once about a contributor’s %s, with a link into the admin',
    async (collection, kind) => {
      const title = `Aangeboden ${collection}`
      const id = await draftBy(contributor, collection, title)
      expect(mailsAbout(OFFICE, title)).toHaveLength(0)

      await submit(collection, id)
      const mails = mailsAbout(OFFICE, title)
      expect(mails).toHaveLength(1)
      const [mail] = mails
      expect(mail!.subject).toBe(`Bijdrage ter beoordeling: ${title}`)
      expect(mail!.replyTo).toEqual([CONTRIBUTOR])
      expect(mail!.text).toContain(`Bea Bijdrager (${CONTRIBUTOR}) (bijdrager voor Regio Noord)`)
      expect(mail!.text).toContain(`${kind} "${title}"`)
      expect(mail!.html).toContain(`https://cms.example/admin/collections/${collection}/${id}`)
      expect(mail!.idempotencyKey).toContain(`review-submitted-${collection}-${id}-`)

      // previousDoc is the newest draft: saving it again while it waits is no new submission.
      await saveAs(contributor, collection, id, { summary: 'Aangevuld.' })
      await saveAs(editor, collection, id, { summary: 'Door de redactie aangevuld.' })
      expect(mailsAbout(OFFICE, title)).toHaveLength(1)
    },
  )

  it('for a draft over a published document, compares with that draft, not with the live version', async () => {
    const id = await draftBy(contributor, 'news', 'Concept over live')
    await publish('news', id) // the live version's review is back to "Concept"
    await saveAs(editor, 'news', id, { review: 'submitted' })
    await saveAs(editor, 'news', id, { summary: 'Nog een concept.' })
    expect(mailsAbout(OFFICE, 'Concept over live')).toHaveLength(1)
  })

  it('mails once when the contributor submits the draft in the save that creates it', async () => {
    await draftBy(contributor, 'news', 'Meteen aangeboden', 'submitted')
    expect(mailsAbout(OFFICE, 'Meteen aangeboden')).toHaveLength(1)
  })

  it('mails again when a draft sent back to "Concept" is offered once more', async () => {
    const id = await draftBy(contributor, 'news', 'Tweede ronde', 'submitted')
    await saveAs(editor, 'news', id, { review: 'draft' })
    await submit('news', id)
    expect(mailsAbout(OFFICE, 'Tweede ronde')).toHaveLength(2)
  })

  it('mails nobody for an editor’s own draft or a seeded one', async () => {
    await draftBy(editor, 'news', 'Concept van de redactie', 'submitted')
    await payload.create({
      collection: 'news',
      data: { title: 'Geseed concept', ...content, review: 'submitted', createdBy: contributor.id, _status: 'draft' },
      draft: true,
      context: { seeding: true },
    })
    await reviewMailsProcessed()
    expect(mailsAbout(OFFICE, 'Concept van de redactie')).toHaveLength(0)
    expect(mailsAbout(OFFICE, 'Geseed concept')).toHaveLength(0)
  })

  it('without an office address only logs a warning; the save succeeds', async () => {
    const warnings = vi.spyOn(payload.logger, 'warn')
    await setOffice('')
    try {
      const id = await draftBy(contributor, 'news', 'Zonder bureau')
      const saved = await submit('news', id)
      expect(saved).toMatchObject({ review: 'submitted' })
      expect(stub.emails.filter((mail) => mail.subject.endsWith('Zonder bureau'))).toHaveLength(0)
      expect(logged(warnings)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `"Zonder bureau" staat ter beoordeling \\(https://cms\\.example/admin/collections/news/${id}\\).*geen e-mailadres`,
          ),
        ),
      )
    } finally {
      await setOffice(OFFICE)
    }
  })

  it('when Resend fails, logs the error and the save succeeds', async () => {
    const errors = vi.spyOn(payload.logger, 'error')
    const id = await draftBy(contributor, 'news', 'Resend ligt eruit')
    stub.setRules([{ action: { type: 'status', status: 500, retryAfter: 0 } }])
    const saved = await submit('news', id)
    expect(saved).toMatchObject({ review: 'submitted' })
    expect(mailsAbout(OFFICE, 'Resend ligt eruit')).toHaveLength(0)
    expect(logged(errors)).toContainEqual(`Beoordeling: melding ter beoordeling van news ${id} niet verstuurd`)
  })
})

describe('an editor publishing a contributor’s document', () => {
  it.each([
    ['news', 'https://site.example/nieuws/'],
    ['practices', 'https://site.example/toolbox/goede-voorbeelden/'],
  ] as const)(
    'mails the contributor once about their %s, with its address on the site',
    async (collection, section) => {
      const title = `Gepubliceerd ${collection}`
      const id = await draftBy(contributor, collection, title, 'submitted')
      const { slug } = await publish(collection, id)

      const mails = mailsAbout(CONTRIBUTOR, title)
      expect(mails).toHaveLength(1)
      expect(mails[0]!.subject).toBe(`Je bijdrage is gepubliceerd: ${title}`)
      expect(mails[0]!.html).toContain(`${section}${slug}`)

      // Later saves of the live document, also a draft over it published again, are no publication.
      await publish(collection, id, { summary: 'Bijgewerkt.' })
      await saveAs(editor, collection, id, { summary: 'Nieuw concept.', _status: 'draft' })
      await publish(collection, id)
      expect(mailsAbout(CONTRIBUTOR, title)).toHaveLength(1)
    },
  )

  it('mails nobody when the document is the editors’ own', async () => {
    const id = await draftBy(editor, 'news', 'Eigen bericht')
    await publish('news', id)
    expect(stub.emails.filter((mail) => mail.subject.endsWith('Eigen bericht'))).toHaveLength(0)
  })
})
