import { describe, expect, it, vi } from 'vitest'
import { Pacer } from './pacer'

describe('the pacer', () => {
  it('spaces requests evenly at the rate, with a small margin', async () => {
    vi.useFakeTimers({ now: 0 })
    try {
      const pacer = new Pacer(() => 20)
      const times: number[] = []
      const requests = (async () => {
        for (let index = 0; index < 5; index += 1) {
          await pacer.take()
          times.push(Date.now())
        }
      })()
      await vi.runAllTimersAsync()
      await requests
      // 1000 ms / 20 requests, plus the 10 ms margin.
      expect(times).toEqual([0, 60, 120, 180, 240])
    } finally {
      vi.useRealTimers()
    }
  })

  it('holds every request until retry-after, then goes on more slowly and recovers', async () => {
    let clock = 0
    const pacer = new Pacer(
      () => 10,
      () => clock,
    )
    await pacer.take() // t=0; next token at 110 ms
    pacer.holdUntil(1000)
    clock = 1000
    await pacer.take() // the held token
    const widened = (pacer as unknown as { nextTokenAt: number }).nextTokenAt - 1000
    expect(widened).toBeCloseTo(110 * 1.25, 5)
    for (let index = 0; index < 200; index += 1) pacer.recover()
    clock = 5000
    await pacer.take()
    expect((pacer as unknown as { nextTokenAt: number }).nextTokenAt - 5000).toBeCloseTo(110, 5)
  })
})
