import type { Supervisor } from './supervise'

export type StopHooks = {
  /** What is running now, read when the signal arrives. */
  supervisors: () => Supervisor[]
  /** Also stop these (one-off steps such as the seed). */
  stopOthers?: () => void
  log: (message: string) => void
}

/**
 * SIGINT/SIGTERM stop every supervised service and wait for their process groups to end, then
 * exit with 130/143. A second signal kills them at once. `stopping` tells a step that failed
 * because it was stopped from one that failed by itself. Services run in their own process
 * groups, so a terminal's Ctrl-C reaches them only through here.
 */
export function stopOnSignals({ supervisors, stopOthers = () => {}, log }: StopHooks): { stopping: () => boolean } {
  let stopping = false
  const killAll = () => {
    stopOthers()
    for (const supervisor of supervisors()) supervisor.kill()
  }
  const onSignal = (signal: NodeJS.Signals) => {
    const exitCode = signal === 'SIGINT' ? 130 : 143
    if (stopping) {
      log(`${signal} again: killing what is left`)
      killAll()
      process.exit(exitCode)
    }
    stopping = true
    const running = supervisors()
    log(`${signal}: stopping ${running.map((supervisor) => supervisor.name).join(' and ') || 'everything'}…`)
    stopOthers()
    void Promise.all(running.map((supervisor) => supervisor.stop())).then(() => {
      log('stopped')
      process.exit(exitCode)
    })
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // Whatever ends this process otherwise (an uncaught error) must not leave services behind.
  process.on('exit', killAll)
  return { stopping: () => stopping }
}
