/** One piece of deferred work and what to do when it fails. */
export type DeferredTask = { run: () => Promise<void>; onError: (error: unknown) => void }

export type DeferredQueueOptions = {
  /** A task starts no sooner than this after it was queued. */
  deferMs: number
  /** Tasks waiting beyond this are refused: a flood must not grow memory without bound. */
  maxWaiting: number
}

type Queued = { task: DeferredTask; at: number }
type State = { waiting: Queued[]; draining?: Promise<void>; held?: Promise<void> }

export type DeferredQueue = {
  /** Queues a task; false (nothing queued) when `maxWaiting` tasks are already waiting. */
  enqueue: (task: DeferredTask) => boolean
  /** Resolves when every queued task has finished (tests, shutdown). */
  processed: () => Promise<void>
  /** Test hook: queued tasks wait until the returned function is called. */
  hold: () => () => void
}

/**
 * A per-process queue that runs tasks one at a time, in the order they were queued, each no
 * sooner than `deferMs` after it arrived. Endpoints queue their work here so the answer leaves
 * before any of it runs: its timing then says nothing about what the work found. A task lost to a
 * crash is lost (the visitor retries). `name` keys the state on globalThis, so a module loaded
 * twice (Next bundles, tests) still shares one queue.
 */
export function deferredQueue(name: string, options: DeferredQueueOptions): DeferredQueue {
  const key = Symbol.for(`mao.deferredQueue.${name}`)
  const store = globalThis as typeof globalThis & { [key: symbol]: State | undefined }
  const state = (): State => (store[key] ??= { waiting: [] })

  const drain = async (current: State): Promise<void> => {
    for (let next = current.waiting.shift(); next; next = current.waiting.shift()) {
      const wait = next.at + options.deferMs - Date.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      await current.held
      try {
        await next.task.run()
      } catch (error) {
        try {
          next.task.onError(error)
        } catch {
          // A failing error handler must not stop the tasks behind it.
        }
      }
    }
  }

  const startDraining = (current: State): void => {
    current.draining = drain(current).finally(() => {
      current.draining = undefined
      // A task queued between the loop's last look and this line still runs.
      if (current.waiting.length > 0) startDraining(current)
    })
  }

  return {
    enqueue: (task) => {
      const current = state()
      if (current.waiting.length >= options.maxWaiting) return false
      current.waiting.push({ task, at: Date.now() })
      if (!current.draining) startDraining(current)
      return true
    },
    processed: async () => {
      while (state().draining) await state().draining
    },
    hold: () => {
      let release!: () => void
      state().held = new Promise<void>((resolve) => (release = resolve))
      return () => {
        state().held = undefined
        release()
      }
    },
  }
}
