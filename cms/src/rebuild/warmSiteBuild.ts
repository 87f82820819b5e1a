import { spawn, type ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import type { LogTail } from './logTail'
import type { CommandResult } from './runCommand'
import { buildServerCommand, type Command } from './siteBuildCommand'

/** A build process this big after its build is let go: the next build starts a fresh one. */
const MAX_RSS_MB = 1536
const KILL_GRACE_MS = 5000
const KEY = Symbol.for('mao.rebuild.warmSiteBuild')
const store = globalThis as typeof globalThis & { [KEY]?: { siteDir: string; child: ChildProcess } }

type Built = { type: 'built'; ok: boolean; rssMb: number }

/** Whether the process keeps this one running: only while it builds (an idle one never holds up an exit). */
function holdOpen(child: ChildProcess, hold: boolean): void {
  for (const handle of [child, child.channel, child.stdout as Socket | null, child.stderr as Socket | null]) {
    if (hold) handle?.ref()
    else handle?.unref()
  }
}

function forget(child: ChildProcess): void {
  if (store[KEY]?.child === child) store[KEY] = undefined
}

function stop(child: ChildProcess, signal: NodeJS.Signals): void {
  forget(child)
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

function start(command: Command, env: NodeJS.ProcessEnv): ChildProcess {
  // A plain Node without the CMS's own flags (tsx's loader in scripts and tests), in its own
  // process group, stopped as a whole (Astro's workers included); `ipc` gives it process.send.
  const child = spawn(command.file, command.args, {
    cwd: command.cwd,
    env: { ...command.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const stopOnExit = () => stop(child, 'SIGKILL')
  process.once('exit', stopOnExit)
  child.once('exit', () => {
    process.removeListener('exit', stopOnExit)
    forget(child)
  })
  return child
}

/**
 * `astro build` in the site's warm build process (site/scripts/buildServer.ts), started on the
 * first build and kept for the next ones: a publish no longer waits for Node and Astro to start
 * (about 1.6 s), and the build runs compiled code. Output goes into `tail` as with runCommand.
 * A failed, timed-out or oversized build process is stopped; the next build starts a new one.
 * The process ends by itself after a quiet spell (see buildServer.ts), which frees its memory.
 */
export function warmSiteBuild(
  siteDir: string,
  { env, timeoutMs, tail }: { env: NodeJS.ProcessEnv; timeoutMs: number; tail: Pick<LogTail, 'push' | 'note'> },
): Promise<CommandResult> {
  const kept = store[KEY]
  if (kept && (kept.siteDir !== siteDir || !kept.child.connected)) stop(kept.child, 'SIGKILL')
  if (store[KEY] === undefined) store[KEY] = { siteDir, child: start(buildServerCommand(siteDir), env) }
  const { child } = store[KEY]
  holdOpen(child, true)
  return new Promise((resolve) => {
    let timedOut = false
    const log = (chunk: Buffer) => tail.push(chunk)
    const onMessage = (message: Built) => {
      if (message?.type !== 'built') return
      const result = { exitCode: message.ok ? 0 : 1, signal: null, timedOut }
      // Too big: let go, after it wrote what the next build reuses (buildServer.ts ends on disconnect).
      const next = !message.ok ? 'stop' : message.rssMb > MAX_RSS_MB ? 'retire' : 'keep'
      // The answer and the build's last lines come over different pipes, ready at the same time:
      // the lines are read in this turn of the event loop, after the answer (else they went to
      // the next build's log, or were lost).
      setImmediate(() => finish(result, next))
    }
    // Gone without an answer: never a success, even when it ended quietly just as the build came.
    const onExit = (exitCode: number | null, signal: NodeJS.Signals | null) => {
      if (!timedOut) tail.note('Het buildproces stopte onverwacht')
      finish({ exitCode: exitCode || 1, signal, timedOut }, 'stop')
    }
    const onError = (error: Error) => {
      tail.note(`Kon de build niet starten: ${error.message}`)
      finish({ exitCode: null, signal: null, timedOut }, 'stop')
    }
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            tail.note(`Gestopt: de build duurde langer dan ${Math.round(timeoutMs / 1000)} s`)
            stop(child, 'SIGTERM')
            setTimeout(() => stop(child, 'SIGKILL'), KILL_GRACE_MS).unref()
          }, timeoutMs)
        : undefined
    let finished = false
    function finish(result: CommandResult, next: 'keep' | 'retire' | 'stop') {
      if (finished) return
      finished = true
      if (timer) clearTimeout(timer)
      child.stdout?.off('data', log)
      child.stderr?.off('data', log)
      child.off('message', onMessage)
      child.off('exit', onExit)
      child.off('error', onError)
      if (next === 'stop') stop(child, 'SIGKILL')
      else holdOpen(child, false)
      if (next === 'retire') {
        forget(child)
        child.disconnect()
      }
      resolve(result)
    }
    child.stdout?.on('data', log)
    child.stderr?.on('data', log)
    child.on('message', onMessage)
    child.once('exit', onExit)
    child.once('error', onError)
    child.send({ type: 'build', env })
  })
}
