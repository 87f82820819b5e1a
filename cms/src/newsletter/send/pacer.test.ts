import { describe, expect, it } from 'vitest'
import { Pacer } from './pacer'

/** A pacer on a fake clock: sleeping moves the clock, nothing waits for real. */
function fakePacer(rate = 10) {
  const clock = { now: 0 }
  const pacer = new Pacer(
    () => rate,
    () => clock.now,
    async (ms) => {
      clock.now += ms
    },
  )
  return { pacer, clock }
}

const limitHeaders = (limit: number, remaining: number, reset = 1) => ({
  'ratelimit-limit': String(limit),
  'ratelimit-remaining': String(remaining),
  'ratelimit-reset': String(reset),
})

/** How long a request takes on its way to the server, there, and back; and the sender between requests. */
type Timing = { there: (index: number) => number; work: number; back: number; prep: number }

/**
 * Sends `count` requests one after another, like runSend: a request reaches a server with a
 * sliding one-second window of `limit` after `there(index)` ms, which answers with its headers
 * `work + back` ms later; the next request is taken `prep` ms after that answer. Returns when each
 * request left and how many the server refused.
 */
async function sendThroughSlidingWindow(
  pacer: Pacer,
  clock: { now: number },
  count: number,
  limit: number,
  timing: Timing = { there: () => 0, work: 25, back: 5, prep: 0 },
) {
  const window: number[] = []
  const departures: number[] = []
  let refused = 0
  for (let index = 0; index < count; index += 1) {
    const ticket = await pacer.take()
    pacer.departed(ticket)
    departures.push(clock.now)
    const arrived = clock.now + timing.there(index)
    while (window.length > 0 && arrived - window[0]! >= 1000) window.shift()
    if (window.length >= limit) refused += 1
    else window.push(arrived)
    clock.now = arrived + timing.work + timing.back
    pacer.observe(ticket, limitHeaders(limit, limit - window.length))
    clock.now += timing.prep
  }
  return { departures, refused }
}

describe('the pacer without rate-limit headers', () => {
  it('spaces requests evenly at the configured rate, with a small margin', async () => {
    const { pacer, clock } = fakePacer(20)
    const times: number[] = []
    for (let index = 0; index < 5; index += 1) {
      const ticket = await pacer.take()
      times.push(clock.now)
      pacer.observe(ticket, {})
    }
    // 1000 ms / 20 requests, plus the 10 ms margin.
    expect(times).toEqual([0, 60, 120, 180, 240])
  })

  it('holds every request until retry-after, then goes on more slowly and recovers', async () => {
    const { pacer, clock } = fakePacer(10)
    await pacer.take() // t=0
    pacer.holdUntil(1000)
    await pacer.take()
    expect(clock.now).toBe(1000)
    await pacer.take()
    expect(clock.now).toBeCloseTo(1000 + 110 * 1.25, 5)
    for (let index = 0; index < 200; index += 1) pacer.recover()
    const before = clock.now
    await pacer.take()
    expect(clock.now - before).toBeCloseTo(110, 5)
  })
})

describe('the pacer by rate-limit headers', () => {
  it('lets requests go at once while the window has requests left', async () => {
    const { pacer, clock } = fakePacer(1)
    const first = await pacer.take()
    pacer.observe(first, limitHeaders(5, 4))
    const times: number[] = []
    for (let index = 0; index < 4; index += 1) {
      const ticket = await pacer.take()
      times.push(clock.now)
      clock.now += 30
      pacer.observe(ticket, limitHeaders(5, 3 - index))
    }
    // The configured 1 per second would have spaced these a second apart.
    expect(times).toEqual([0, 30, 60, 90])
  })

  it('when the window is full, sends one window (plus 5 ms) after the request `limit` places back reached the server', async () => {
    const { pacer, clock } = fakePacer(1)
    const { departures, refused } = await sendThroughSlidingWindow(pacer, clock, 12, 5)
    expect(refused).toBe(0)
    // The fastest round trip is 30 ms: the first request reached the server by 30 - (30 - 10) = 10 ms.
    expect(departures).toEqual([0, 30, 60, 90, 120, 1015, 1045, 1075, 1105, 1135, 2030, 2060])
  })

  it('stays within a sliding window over a long send and uses nearly all of it', async () => {
    const { pacer, clock } = fakePacer(1)
    const { departures, refused } = await sendThroughSlidingWindow(pacer, clock, 100, 5)
    expect(refused).toBe(0)
    // 19 full windows then 5 requests: the margins (10 + 5 ms) once per window.
    expect(departures.at(-1)).toBe(19 * (1000 + 15) + 4 * 30)
  })

  it('anchors on the answer alone until three round trips were seen', async () => {
    const { pacer, clock } = fakePacer(1)
    const { departures } = await sendThroughSlidingWindow(pacer, clock, 3, 2)
    expect(departures).toEqual([0, 30, 1035])
  })

  it("causes no 429 when a request's way there is slower: a new connection's handshake, or jitter below the margin", async () => {
    const { pacer, clock } = fakePacer(1)
    const handshake = (index: number) => (index === 0 || index === 37 ? 150 : 1 + (index % 4) * 3)
    const { departures, refused } = await sendThroughSlidingWindow(pacer, clock, 100, 5, {
      there: handshake,
      work: 40,
      back: 2,
      prep: 3,
    })
    expect(refused).toBe(0)
    // Still close to 19 windows: the slow requests cost their own delay, not the pace.
    expect(departures.at(-1)).toBeLessThan(19 * 1040 + 4 * 200)
  })

  it("does not take its own full window for one filled by other senders when a window's first request was slower on its way there", async () => {
    const { pacer, clock } = fakePacer(1)
    const { departures, refused } = await sendThroughSlidingWindow(pacer, clock, 30, 5, {
      there: (index) => (index % 5 === 1 ? 8 : 1),
      work: 2,
      back: 2,
      prep: 0,
    })
    expect(refused).toBe(0)
    // Taking it for other senders' would wait for the reset, a second more, in every window.
    expect(departures.at(-1)).toBeLessThan(5 * 1000 + 200)
  })

  it("waits for ratelimit-reset when its own requests cannot explain a full window (others share the team's limit)", async () => {
    const { pacer, clock } = fakePacer(1)
    const ticket = await pacer.take()
    clock.now = 40
    pacer.observe(ticket, limitHeaders(5, 0, 2))
    await pacer.take()
    expect(clock.now).toBe(40 + 2000)
  })

  it('counts requests let go after the answered one against what remains', async () => {
    const { pacer, clock } = fakePacer(1)
    const first = await pacer.take()
    await pacer.take() // no headers seen yet: the fixed gap of 1 s
    expect(clock.now).toBe(1010)
    pacer.observe(first, limitHeaders(3, 2)) // two left when the first arrived, but the second went since
    await pacer.take()
    expect(clock.now).toBe(1010)
    await pacer.take()
    expect(clock.now).toBe(1010 + 1005) // a window after the first one's answer
  })

  it('counts an earlier request still unanswered against what remains: it may reach the server later', async () => {
    const { pacer, clock } = fakePacer(1)
    const opening = await pacer.take()
    pacer.observe(opening, limitHeaders(4, 3))
    const slow = await pacer.take() // a confirmation mail, still on its way
    const fast = await pacer.take()
    pacer.observe(fast, limitHeaders(4, 2)) // counted: the opening request and this one, not the slow one
    await pacer.take() // the last place in the window
    expect(clock.now).toBe(0)
    await pacer.take()
    expect(clock.now).toBeGreaterThanOrEqual(1005)
    pacer.observe(slow, limitHeaders(4, 0))
  })

  it('ignores an answer older than one already seen', async () => {
    const { pacer, clock } = fakePacer(1)
    const opening = await pacer.take()
    pacer.observe(opening, limitHeaders(3, 2))
    const first = await pacer.take()
    const second = await pacer.take()
    pacer.observe(second, limitHeaders(3, 0))
    pacer.observe(first, limitHeaders(5, 4)) // late: says nothing about now
    await pacer.take()
    expect(clock.now).toBe(1005)
  })

  it('after a 429 waits for retry-after, and widens the window margin', async () => {
    const { pacer, clock } = fakePacer(1)
    const first = await pacer.take()
    pacer.observe(first, { ...limitHeaders(1, 0), 'retry-after': '1' })
    pacer.holdUntil(1500)
    const second = await pacer.take()
    expect(clock.now).toBe(1500)
    pacer.observe(second, limitHeaders(1, 0))
    await pacer.take()
    expect(clock.now).toBeCloseTo(1500 + 1000 + 5 * 1.25, 5)
  })

  it('falls back to the fixed gap as soon as an answer comes without headers', async () => {
    const { pacer, clock } = fakePacer(10)
    const first = await pacer.take()
    pacer.observe(first, limitHeaders(5, 4))
    const second = await pacer.take()
    expect(clock.now).toBe(0)
    pacer.observe(second, null) // a network error, or a proxy that strips the headers
    await pacer.take()
    expect(clock.now).toBe(110)
  })
})
