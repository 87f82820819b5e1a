import { spawn } from 'node:child_process'
import type { LogTail } from './logTail'
import type { Command } from './siteBuildCommand'

export type CommandResult = { exitCode: number | null; signal: NodeJS.Signals | null; timedOut: boolean }

const KILL_GRACE_MS = 5000

/**
 * Runs a command in its own process group, streaming stdout and stderr into `tail`. After
 * `timeoutMs`, or when this process exits, the whole group (pnpm, astro, workers) is stopped.
 */
export function runCommand(
  command: Command,
  { cwd, env, timeoutMs, tail }: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; tail: LogTail },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command.file, command.args, {
      cwd,
      env,
      shell: command.shell,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let timedOut = false
    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const stopOnExit = () => killGroup('SIGKILL')
    process.once('exit', stopOnExit)
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            tail.note(`Gestopt: de build duurde langer dan ${Math.round(timeoutMs / 1000)} s`)
            killGroup('SIGTERM')
            setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref()
          }, timeoutMs)
        : undefined
    child.stdout.on('data', (chunk: Buffer) => tail.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => tail.push(chunk))
    const finish = (result: CommandResult) => {
      if (timer) clearTimeout(timer)
      process.removeListener('exit', stopOnExit)
      resolve(result)
    }
    child.once('error', (error) => {
      tail.note(`Kon de build niet starten: ${error.message}`)
      finish({ exitCode: null, signal: null, timedOut })
    })
    child.once('close', (exitCode, signal) => finish({ exitCode, signal, timedOut }))
  })
}
