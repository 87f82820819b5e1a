import { describe, expect, it } from 'vitest'
import { RebuildScheduler, type BuildRequest } from './scheduler'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function recordingBuild(durationMs: number) {
  const builds: string[][] = []
  let running = 0
  let maxRunning = 0
  const build = async ({ reasons }: BuildRequest) => {
    running++
    maxRunning = Math.max(maxRunning, running)
    builds.push(reasons)
    await sleep(durationMs)
    running--
  }
  return { build, builds, maxRunning: () => maxRunning }
}

describe('RebuildScheduler', () => {
  it('gives one build for requests within the quiet period, with every reason', async () => {
    const fake = recordingBuild(10)
    const scheduler = new RebuildScheduler(fake.build, () => 80)
    for (const n of [1, 2, 3, 4, 5]) {
      scheduler.request(`wijziging ${n}`)
      await sleep(30)
    }
    expect(scheduler.state).toBe('scheduled')
    expect(fake.builds).toHaveLength(0)
    await scheduler.whenIdle()
    expect(fake.builds).toEqual([['wijziging 1', 'wijziging 2', 'wijziging 3', 'wijziging 4', 'wijziging 5']])
    expect(scheduler.state).toBe('idle')
  })

  it('never runs two builds at once and gives exactly one more build for changes during a build', async () => {
    const fake = recordingBuild(150)
    const scheduler = new RebuildScheduler(fake.build, () => 20)
    scheduler.request('eerste')
    await sleep(60)
    expect(scheduler.state).toBe('running')
    scheduler.request('tijdens 1')
    scheduler.request('tijdens 2', { immediate: true })
    scheduler.request('tijdens 3')
    await scheduler.whenIdle()
    expect(fake.builds).toEqual([['eerste'], ['tijdens 1', 'tijdens 2', 'tijdens 3']])
    expect(fake.maxRunning()).toBe(1)
  })

  it('tells when a planned build starts, and whether changes wait for a build after the running one', async () => {
    let finish = () => {}
    const builds: string[][] = []
    const scheduler = new RebuildScheduler(
      async ({ reasons }) => {
        builds.push(reasons)
        await new Promise<void>((resolve) => (finish = resolve))
      },
      () => 60_000,
    )
    expect(scheduler.startsAt).toBeUndefined()
    const before = Date.now()
    scheduler.request('gepland')
    const due = scheduler.startsAt!.getTime()
    expect(due).toBeGreaterThanOrEqual(before + 60_000)
    expect(due).toBeLessThanOrEqual(Date.now() + 60_000)
    scheduler.request('nu', { immediate: true })
    await sleep(20)
    expect(scheduler.state).toBe('running')
    expect(scheduler.startsAt).toBeUndefined()
    expect(scheduler.hasFollowUp).toBe(false)
    scheduler.request('tijdens de build')
    expect(scheduler.hasFollowUp).toBe(true)
    finish()
    await sleep(20)
    expect(scheduler.hasFollowUp).toBe(false)
    expect(builds).toEqual([['gepland', 'nu']])
  })

  it('starts at once for an immediate request', async () => {
    const fake = recordingBuild(5)
    const scheduler = new RebuildScheduler(fake.build, () => 10_000)
    scheduler.request('handmatig', { immediate: true })
    await sleep(50)
    expect(fake.builds).toEqual([['handmatig']])
  })

  it('keeps scheduling after a build throws', async () => {
    const errors: unknown[] = []
    let calls = 0
    const scheduler = new RebuildScheduler(
      async () => {
        calls++
        if (calls === 1) throw new Error('kapot')
      },
      () => 5,
      (error) => errors.push(error),
    )
    scheduler.request('een')
    await scheduler.whenIdle()
    scheduler.request('twee')
    await scheduler.whenIdle()
    expect(calls).toBe(2)
    expect(errors).toHaveLength(1)
  })
})
