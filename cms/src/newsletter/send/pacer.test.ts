import { describe, expect, it } from 'vitest'
import { Pacer } from './pacer'

describe('the pacer', () => {
  it('spaces requests evenly at the rate, with a small margin', async () => {
    const pacer = new Pacer(() => 20)
    const times: number[] = []
    for (let index = 0; index < 5; index += 1) {
      await pacer.take()
      times.push(performance.now())
    }
    const gaps = times.slice(1).map((time, index) => time - times[index]!)
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(59)
    expect(times.at(-1)! - times[0]!).toBeLessThan(4 * 60 + 60)
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
