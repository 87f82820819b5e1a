import { describe, expect, it } from 'vitest'
import { pollUntil } from './pollUntil'

describe('pollUntil', () => {
  it('checks until a value comes', async () => {
    let calls = 0
    const value = await pollUntil(async () => (++calls === 3 ? 'live' : undefined), {
      intervalMs: 1,
      timeoutMs: 60_000,
      what: 'x',
    })
    expect(value).toBe('live')
    expect(calls).toBe(3)
  })

  it('gives up after the timeout, saying what it waited for', async () => {
    await expect(pollUntil(async () => undefined, { intervalMs: 1, timeoutMs: 0, what: 'the page' })).rejects.toThrow(
      /the page/,
    )
  })

  it('passes on an error of the check', async () => {
    const failing = async () => {
      throw new Error('build failed')
    }
    await expect(pollUntil(failing, { intervalMs: 1, timeoutMs: 60_000, what: 'x' })).rejects.toThrow('build failed')
  })
})
