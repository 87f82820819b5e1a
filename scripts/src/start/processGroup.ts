import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** Sends a signal to every process of a group; false when there was none to send it to. */
export function signalGroup(pgid: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (pgid === undefined) return false
  try {
    process.kill(-pgid, signal)
    return true
  } catch {
    return false
  }
}

/**
 * Whether a process of the group still runs. Zombies do not count: an orphan waits for init to
 * reap it, and when `pnpm start` is itself a container's init nobody ever does.
 */
export function groupRuns(pgid: number | undefined): boolean {
  if (pgid === undefined) return false
  if (!existsSync('/proc/self/stat')) return signalGroup(pgid, 0)
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // ended meanwhile
    }
    // After "pid (command) ": state, ppid, pgrp, …; the command may itself contain ") ".
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === pgid && state !== 'Z') return true
  }
  return false
}

/** Waits until no process of the group runs (true) or `timeoutMs` passed (false). */
export async function groupEnded(pgid: number | undefined, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (groupRuns(pgid)) {
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}
