import type { Payload } from 'payload'
import { addRedirectFixtures } from './redirectFixtures'

/**
 * One document in each admin collection the seed leaves empty (what visitors and the system
 * create: sign-ups, messages, build logs, redirects…), so the admin tests can open an edit view of
 * every collection. Made through the Local API, past the "nobody creates" access of system records.
 */
export async function addAdminExamples(payload: Payload): Promise<void> {
  const system = { overrideAccess: true } as const
  await addRedirectFixtures(payload)
  await payload.create({
    collection: 'build-logs',
    data: { status: 'succeeded', trigger: 'Nieuwsbericht gepubliceerd', mode: 'local', durationMs: 61_000 },
    ...system,
  })
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: { email: 'lezer@example.org', name: 'Een lezer', status: 'confirmed' },
    ...system,
  })
  const edition = (await payload.find({ collection: 'newsletters', limit: 1, depth: 0, ...system })).docs[0]
  const community = (await payload.find({ collection: 'communities', limit: 1, depth: 0, ...system })).docs[0]
  if (!edition || !community) throw new Error('the seed made no newsletter or community to refer to')
  await payload.create({
    collection: 'newsletter-batches',
    data: {
      newsletter: edition.id,
      number: 1,
      idempotencyKey: 'admin-example-batch-1',
      size: 1,
      status: 'sent',
      recipients: [{ subscriber: subscriber.id, email: subscriber.email }],
    },
    ...system,
  })
  await payload.create({
    collection: 'contact-messages',
    data: {
      topic: 'vraag',
      name: 'Een bezoeker',
      email: 'bezoeker@example.org',
      message: 'Hoe kan onze gemeente meedoen?',
      status: 'new',
    },
    ...system,
  })
  await payload.create({
    collection: 'shareholder-applications',
    data: {
      organisation: 'Gemeente Voorbeeld',
      name: 'Een wethouder',
      email: 'wethouder@example.org',
      sector: 'gemeente',
      status: 'unconfirmed',
    },
    ...system,
  })
  const targetKey = `communities:${community.id}`
  await payload.create({
    collection: 'registrations',
    data: {
      target: { relationTo: 'communities', value: community.id },
      sequence: 1,
      status: 'registered',
      name: 'Een deelnemer',
      email: 'deelnemer@example.org',
      targetKey,
      slot: `${targetKey}#1`,
      activeKey: `${targetKey}#deelnemer`,
    },
    ...system,
  })
}
