import type { Payload } from 'payload'

export type BuildRequest = { reasons: string[]; payload: Payload | undefined }
export type BuildFunction = (request: BuildRequest) => Promise<unknown>
export type SchedulerState = 'idle' | 'scheduled' | 'running'

/** `keepAlive: false` lets a CLI exit while only a scheduled build is left. */
const sleep = (ms: number, keepAlive: boolean) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    if (!keepAlive) timer.unref()
  })

/**
 * Debounced, single-flight build scheduling. Requests within `debounceMs` of each other give
 * one build; requests during a build give exactly one more build after it (after another quiet
 * period); two builds never run at once in this process.
 */
export class RebuildScheduler {
  private timer: NodeJS.Timeout | undefined
  private timerDue = 0
  private pending: string[] = []
  private loop: Promise<void> | undefined
  private building = false
  private payload: Payload | undefined

  constructor(
    private readonly build: BuildFunction,
    private readonly debounceMs: () => number,
    private readonly onError: (error: unknown) => void = (error) => console.error('Sitebuild:', error),
  ) {}

  get state(): SchedulerState {
    if (this.building) return 'running'
    return this.timer || this.loop ? 'scheduled' : 'idle'
  }

  /** When the planned build starts, while it waits out the quiet period; undefined otherwise. */
  get startsAt(): Date | undefined {
    return this.timer ? new Date(this.timerDue) : undefined
  }

  /** Whether changes saved during the running build wait for one more build after it. */
  get hasFollowUp(): boolean {
    return this.building && this.pending.length > 0
  }

  /** Ask for a build. `immediate` skips the quiet period (the admin button). */
  request(reason: string, { payload, immediate = false }: { payload?: Payload; immediate?: boolean } = {}): void {
    if (payload) this.payload = payload
    this.pending.push(reason)
    if (this.loop) return
    clearTimeout(this.timer)
    const delay = immediate ? 0 : this.debounceMs()
    this.timerDue = Date.now() + delay
    this.timer = setTimeout(() => this.start(), delay)
    // A scheduled build never keeps a CLI (seed, migrate) alive; servers stay up anyway.
    this.timer.unref()
  }

  /** Resolves once nothing is scheduled or running; keeps the process alive meanwhile. */
  async whenIdle(): Promise<void> {
    while (this.timer || this.loop) await sleep(50, true)
  }

  private start(): void {
    this.timer = undefined
    if (this.loop) return
    this.loop = this.drain().finally(() => {
      this.loop = undefined
    })
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const reasons = this.pending.splice(0)
      this.building = true
      try {
        await this.build({ reasons, payload: this.payload })
      } catch (error) {
        this.onError(error)
      } finally {
        this.building = false
      }
      // Changes saved during the build: one more build, after the usual quiet period.
      if (this.pending.length > 0) await sleep(this.debounceMs(), false)
    }
  }
}
