import { describe, expect, it } from 'vitest'
import { deferredQueue } from './deferredQueue'

let names = 0
const fresh = (maxWaiting = 10) => deferredQueue(`test.${++names}`, { deferMs: 1, maxWaiting })

describe('deferredQueue', () => {
  it('runs tasks one at a time in the order they were queued', async () => {
    const queue = fresh()
    const events: string[] = []
    let running = 0
    for (const id of ['a', 'b', 'c', 'd'])
      queue.enqueue({
        run: async () => {
          running += 1
          events.push(`start ${id} (${running} running)`)
          await new Promise((resolve) => setTimeout(resolve, 3))
          running -= 1
        },
        onError: () => {},
      })
    await queue.processed()
    expect(events).toEqual(['start a (1 running)', 'start b (1 running)', 'start c (1 running)', 'start d (1 running)'])
  })

  it('hands a failing task to its error handler and runs the next', async () => {
    const queue = fresh()
    const seen: unknown[] = []
    queue.enqueue({ run: () => Promise.reject(new Error('kapot')), onError: (error) => seen.push(error) })
    queue.enqueue({
      run: async () => void seen.push('next'),
      onError: () => {
        throw new Error('a failing handler must not stop the queue')
      },
    })
    queue.enqueue({
      run: () => Promise.reject(new Error('weer')),
      onError: () => {
        throw new Error('handler')
      },
    })
    queue.enqueue({ run: async () => void seen.push('last'), onError: () => {} })
    await queue.processed()
    expect(seen).toEqual([new Error('kapot'), 'next', 'last'])
  })

  it('refuses tasks while maxWaiting tasks wait behind the running one', async () => {
    const queue = fresh(2)
    const release = queue.hold()
    const ran: number[] = []
    const results = [1, 2, 3, 4].map((n) => queue.enqueue({ run: async () => void ran.push(n), onError: () => {} }))
    expect(results).toEqual([true, true, true, false])
    release()
    await queue.processed()
    expect(ran).toEqual([1, 2, 3])
  })

  it('holds tasks until released, and shares its state under one name', async () => {
    const name = `test.${++names}`
    const one = deferredQueue(name, { deferMs: 1, maxWaiting: 10 })
    const two = deferredQueue(name, { deferMs: 1, maxWaiting: 10 })
    const release = one.hold()
    const ran: string[] = []
    two.enqueue({ run: async () => void ran.push('x'), onError: () => {} })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(ran).toEqual([])
    release()
    await one.processed()
    expect(ran).toEqual(['x'])
  })
})
