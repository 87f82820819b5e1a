import { createLocalReq, type Payload } from 'payload'
import type { User } from '@mao/shared/payload-types'
import { richText } from '@mao/shared/lexical'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { getRebuildScheduler } from '../src/rebuild'
import { PLANNING_REFUSED, rebuildForEndedEvents, SCHEDULING_QUEUE } from '../src/scheduling'
import { createUser, getTestPayload } from '../src/testing'

let payload: Payload
let editor: User
let request: MockInstance<ReturnType<typeof getRebuildScheduler>['request']>

const reasons = () => request.mock.calls.map(([reason]) => reason)

async function news(title: string, status: 'draft' | 'published') {
  return payload.create({
    collection: 'news',
    data: { title, summary: 'Samenvatting.', body: richText([{ p: 'Tekst' }]), _status: status },
    overrideAccess: true,
  })
}

/** What "Publicatie plannen" in the admin queues (see Payload's schedulePublishHandler). */
function schedule(type: 'publish' | 'unpublish', id: number, waitUntil: Date) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'news', value: id },
      user: { relationTo: 'users', value: editor.id },
    },
    waitUntil,
  })
}

/** The live (main) document's status, whatever drafts exist. */
const liveStatus = async (id: number) =>
  (await payload.db.findOne<{ id: number; _status?: string }>({ collection: 'news', where: { id: { equals: id } } }))
    ?._status

/** Moves the clock (Date only: timers and I/O keep running) `ms` ahead, as if that time passed. */
function later(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.now() + ms)
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createUser(payload, 'editor', 'planner@example.org')
})

beforeEach(() => {
  process.env.REBUILD_ENABLED = 'true'
  request = vi.spyOn(getRebuildScheduler(), 'request').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  delete process.env.REBUILD_ENABLED
})

afterAll(async () => {
  await payload.destroy()
})

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, on the queue the runner runs, and asks for a site build', async () => {
    const draft = await news('Gepland bericht', 'draft')
    const job = await schedule('publish', draft.id, new Date(Date.now() + 2000))
    expect(job.queue).toBe(SCHEDULING_QUEUE)

    await payload.jobs.run({ queue: SCHEDULING_QUEUE })
    expect(await liveStatus(draft.id)).toBe('draft')
    expect(request).not.toHaveBeenCalled()

    later(3000)
    await payload.jobs.run({ queue: SCHEDULING_QUEUE })
    expect(await liveStatus(draft.id)).toBe('published')
    expect(reasons()).toEqual(['Nieuwsbericht “Gepland bericht” gepubliceerd'])
    const published = await payload.findByID({ collection: 'news', id: draft.id, depth: 0, overrideAccess: true })
    expect(published.updatedBy).toBe(editor.id)
  })

  it('takes a published document offline when planned, and asks for a site build', async () => {
    const live = await news('Tijdelijk bericht', 'published')
    request.mockClear()
    await schedule('unpublish', live.id, new Date(Date.now() + 2000))

    later(3000)
    await payload.jobs.run({ queue: SCHEDULING_QUEUE })
    expect(await liveStatus(live.id)).toBe('draft')
    expect(reasons()).toEqual(['Nieuwsbericht “Tijdelijk bericht” offline gehaald'])
  })
})

describe('planning by contributors', () => {
  it("publishes nothing when it runs, and cannot delete an editor's plan", async () => {
    const region = await payload.create({
      collection: 'regions',
      data: { title: 'Planregio', summary: 'R.' },
      draft: true,
    })
    const contributor = await createUser(payload, 'contributor', 'plan-bijdrager@example.org', { regions: [region.id] })
    const draft = await news('Plan van een bijdrager', 'draft')
    // What Payload's planning function queues for a contributor: the job publishes as them.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'news', value: draft.id },
        user: { relationTo: 'users', value: contributor.id },
      },
      waitUntil: new Date(Date.now() + 2000),
    })
    later(3000)
    await payload.jobs.run({ queue: SCHEDULING_QUEUE })
    expect(await liveStatus(draft.id)).toBe('draft')

    const plan = await schedule('publish', draft.id, new Date(Date.now() + 60_000))
    const byId = { id: { equals: plan.id } }
    const asContributor = await createLocalReq({ user: { ...contributor, collection: 'users' } }, payload)
    const refused = await payload.delete({ collection: 'payload-jobs', where: byId, req: asContributor })
    expect(refused.errors.map(({ message }) => message)).toEqual([PLANNING_REFUSED])
    expect((await payload.find({ collection: 'payload-jobs', where: byId })).totalDocs).toBe(1)

    await payload.delete({ collection: 'payload-jobs', where: byId, user: editor })
    expect((await payload.find({ collection: 'payload-jobs', where: byId })).totalDocs).toBe(0)
  })
})

describe('ended events', () => {
  const HOUR = 3600_000
  const NOW = new Date('2026-12-05T12:00:00.000Z')
  const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOUR).toISOString()

  async function event(title: string, endsInHours: number, status: 'draft' | 'published' = 'published') {
    await payload.create({
      collection: 'events',
      data: {
        title,
        summary: 'Een bijeenkomst.',
        kind: 'meeting',
        location: 'Utrecht',
        startsAt: at(endsInHours - 2),
        startsAt_tz: 'Europe/Amsterdam',
        endsAt: at(endsInHours),
        endsAt_tz: 'Europe/Amsterdam',
        _status: status,
      },
      overrideAccess: true,
    })
  }

  async function build(status: 'succeeded' | 'failed', startedHoursAgo: number) {
    await payload.create({
      collection: 'build-logs',
      data: { status, trigger: 'test', startedAt: at(-startedHoursAgo) },
      overrideAccess: true,
    })
  }

  beforeEach(async () => {
    await payload.delete({ collection: 'events', where: { id: { exists: true } }, overrideAccess: true })
    await payload.delete({ collection: 'build-logs', where: { id: { exists: true } }, overrideAccess: true })
  })

  it('ask for a build when a published event ended after the last build started', async () => {
    await build('succeeded', 3)
    await event('Afgelopen werksessie', -1)
    await event('Al eerder afgelopen', -5)
    await event('Nog bezig', 1)
    await event('Concept dat afliep', -1, 'draft')
    request.mockClear()

    expect(await rebuildForEndedEvents(payload, NOW)).toEqual({ ended: 1, requested: true })
    expect(reasons()).toEqual(['Afgelopen: “Afgelopen werksessie” (naar eerder)'])
  })

  it('leave the site alone when nothing ended since the last build', async () => {
    await build('succeeded', 3)
    await event('Al eerder afgelopen', -5)
    await event('Nog bezig', 1)
    request.mockClear()

    expect(await rebuildForEndedEvents(payload, NOW)).toEqual({ ended: 0, requested: false })
    expect(request).not.toHaveBeenCalled()
  })

  it('count from the last build that reached the site: a failed one after it does not', async () => {
    await build('succeeded', 3)
    await build('failed', 0.5)
    await event('Afgelopen werksessie', -1)
    request.mockClear()

    expect(await rebuildForEndedEvents(payload, NOW)).toEqual({ ended: 1, requested: true })
  })

  it('wait for the first build when there is none yet', async () => {
    await event('Afgelopen werksessie', -1)
    request.mockClear()

    expect(await rebuildForEndedEvents(payload, NOW)).toEqual({ ended: 0, requested: false })
    expect(request).not.toHaveBeenCalled()
  })
})
