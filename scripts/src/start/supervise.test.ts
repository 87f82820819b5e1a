import { describe, expect, it } from 'vitest'
import { supervise, type Child, type ChildExit, type Clock } from './supervise'

class FakeClock implements Clock {
  time = 0
  timers: { at: number; run: () => void; delay: number }[] = []
  delays: number[] = []
  now = () => this.time
  setTimeout = (run: () => void, delay: number) => {
    const timer = { at: this.time + delay, run, delay }
    this.timers.push(timer)
    this.delays.push(delay)
    return timer
  }
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((timer) => timer !== handle)
  }
  advance(ms: number) {
    this.time += ms
    for (const timer of this.timers.filter((t) => t.at <= this.time)) {
      this.timers = this.timers.filter((t) => t !== timer)
      timer.run()
    }
  }
}

class FakeChild implements Child {
  static nextPid = 100
  readonly pid = FakeChild.nextPid++
  stopCalls = 0
  killCalls = 0
  private end!: (exit: ChildExit) => void
  readonly exited = new Promise<ChildExit>((resolve) => (this.end = resolve))
  exit(exit: ChildExit) {
    this.end(exit)
  }
  crash(code = 1) {
    this.exit({ code, signal: null })
  }
  stop() {
    this.stopCalls++
    this.exit({ code: null, signal: 'SIGTERM' })
  }
  kill() {
    this.killCalls++
  }
}

/** Lets the supervisor react to an exit (it listens through a promise). */
const settle = () => new Promise((resolve) => setImmediate(resolve))

function setup(start?: () => Child) {
  const clock = new FakeClock()
  const children: FakeChild[] = []
  const logs: string[] = []
  const supervisor = supervise({
    name: 'CMS',
    clock,
    log: (message) => logs.push(message),
    start:
      start ??
      (() => {
        const child = new FakeChild()
        children.push(child)
        return child
      }),
  })
  const last = () => children[children.length - 1]!
  return { clock, children, logs, supervisor, last }
}

describe('supervise', () => {
  it('starts the service once', () => {
    const { children, supervisor } = setup()
    expect(children).toHaveLength(1)
    expect(supervisor.current()).toBe(children[0])
  })

  it('restarts a crashed service after the backoff delay and logs the exit code', async () => {
    const { clock, children, logs, supervisor, last } = setup()
    last().crash(3)
    await settle()
    expect(logs).toEqual(['CMS stopped unexpectedly (exit code 3); restarting in 1 s'])
    expect(supervisor.current()).toBeUndefined()
    clock.advance(999)
    expect(children).toHaveLength(1)
    clock.advance(1)
    expect(children).toHaveLength(2)
    expect(supervisor.current()).toBe(children[1])
    expect(logs[1]).toBe(`CMS restarted (pid ${children[1]!.pid})`)
  })

  it('doubles the delay while the service keeps crashing, up to 30 s', async () => {
    const { clock, last } = setup()
    for (let i = 0; i < 7; i++) {
      clock.advance(100)
      last().crash()
      await settle()
      clock.advance(clock.delays[clock.delays.length - 1]!)
    }
    expect(clock.delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000])
  })

  it('starts from 1 s again after the service stayed up a minute', async () => {
    const { clock, last } = setup()
    for (let i = 0; i < 3; i++) {
      last().crash()
      await settle()
      clock.advance(clock.delays[clock.delays.length - 1]!)
    }
    clock.advance(60_000)
    last().crash()
    await settle()
    expect(clock.delays).toEqual([1_000, 2_000, 4_000, 1_000])
  })

  it('names a signal that killed the service', async () => {
    const { logs, last } = setup()
    last().exit({ code: null, signal: 'SIGKILL' })
    await settle()
    expect(logs[0]).toBe('CMS stopped unexpectedly (killed by SIGKILL); restarting in 1 s')
  })

  it('restarts also after a clean exit it did not ask for', async () => {
    const { clock, children, last } = setup()
    last().crash(0)
    await settle()
    clock.advance(1_000)
    expect(children).toHaveLength(2)
  })

  it('retries a service that cannot be started', async () => {
    let attempts = 0
    const { clock, logs } = setup(() => {
      attempts++
      throw new Error('spawn pnpm ENOENT')
    })
    await settle()
    expect(logs[0]).toBe('CMS stopped unexpectedly (could not start: spawn pnpm ENOENT); restarting in 1 s')
    clock.advance(1_000)
    await settle()
    expect(attempts).toBe(2)
    expect(clock.delays).toEqual([1_000, 2_000])
  })

  it('stops a running service for good', async () => {
    const { clock, children, logs, supervisor, last } = setup()
    const child = last()
    await supervisor.stop()
    expect(child.stopCalls).toBe(1)
    await settle()
    clock.advance(60_000)
    expect(children).toHaveLength(1)
    expect(logs).toEqual([])
  })

  it('cancels a pending restart when stopped', async () => {
    const { clock, children, supervisor, last } = setup()
    last().crash()
    await settle()
    await supervisor.stop()
    clock.advance(60_000)
    expect(children).toHaveLength(1)
    expect(clock.timers).toEqual([])
  })

  it('waits for the service to end before stop resolves', async () => {
    const slow = new FakeChild()
    slow.stop = () => {
      slow.stopCalls++
    }
    const { supervisor } = setup(() => slow)
    let stopped = false
    const stopping = supervisor.stop().then(() => (stopped = true))
    await settle()
    expect(slow.stopCalls).toBe(1)
    expect(stopped).toBe(false)
    slow.crash(0)
    await stopping
    expect(stopped).toBe(true)
  })

  it('kills the service without restarting it', async () => {
    const { clock, children, supervisor, last } = setup()
    const child = last()
    supervisor.kill()
    expect(child.killCalls).toBe(1)
    child.exit({ code: null, signal: 'SIGKILL' })
    await settle()
    clock.advance(60_000)
    expect(children).toHaveLength(1)
  })
})
