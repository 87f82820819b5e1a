import { createBackoff, defaultBackoff, type BackoffPolicy } from './backoff'

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null; error?: Error }

/** A running service process as the supervisor sees it (`spawnGroup` makes real ones). */
export interface Child {
  readonly pid: number | undefined
  /** Settles once the process and everything it started have ended. */
  readonly exited: Promise<ChildExit>
  /** Asks it to stop; `exited` settles when it has. */
  stop(): void
  /** Kills it at once, synchronously (the supervisor itself is exiting). */
  kill(): void
}

export type Clock = {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

export type SuperviseOptions = {
  /** Names the service in the log. */
  name: string
  /** Starts one run of the service. */
  start: () => Child
  log: (message: string) => void
  policy?: BackoffPolicy
  clock?: Clock
}

export interface Supervisor {
  readonly name: string
  /** The run in progress, if any (none while waiting to restart). */
  current(): Child | undefined
  /** Stops the service for good and waits until it has ended. */
  stop(): Promise<void>
  /** Kills the service at once, synchronously. */
  kill(): void
}

export function describeExit(exit: ChildExit): string {
  if (exit.error) return `could not start: ${exit.error.message}`
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`
}

const failedToStart = (error: unknown): Child => ({
  pid: undefined,
  exited: Promise.resolve({
    code: null,
    signal: null,
    error: error instanceof Error ? error : new Error(String(error)),
  }),
  stop: () => {},
  kill: () => {},
})

/**
 * Keeps a service running: whenever it ends without being asked to, it is started again after a
 * backoff delay (see `createBackoff`), and the exit is logged with its code or signal.
 */
export function supervise({
  name,
  start,
  log,
  policy = defaultBackoff,
  clock = systemClock,
}: SuperviseOptions): Supervisor {
  const backoff = createBackoff(policy)
  let running: Child | undefined
  let restartTimer: unknown
  let stopped = false

  const launch = (restart: boolean) => {
    restartTimer = undefined
    const startedAt = clock.now()
    let child: Child
    try {
      child = start()
    } catch (error) {
      child = failedToStart(error)
    }
    running = child
    if (restart && child.pid !== undefined) log(`${name} restarted (pid ${child.pid})`)
    void child.exited.then((exit) => {
      running = undefined
      if (stopped) return
      const delay = backoff.next(clock.now() - startedAt)
      log(`${name} stopped unexpectedly (${describeExit(exit)}); restarting in ${delay / 1000} s`)
      restartTimer = clock.setTimeout(() => launch(true), delay)
    })
  }

  const halt = () => {
    stopped = true
    if (restartTimer !== undefined) clock.clearTimeout(restartTimer)
    restartTimer = undefined
  }

  launch(false)
  return {
    name,
    current: () => running,
    async stop() {
      halt()
      const child = running
      if (!child) return
      child.stop()
      await child.exited
    },
    kill() {
      halt()
      running?.kill()
    },
  }
}
