import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BENCH_CPU_FILE } from './buildCpuPreload'

const preload = path.join(import.meta.dirname, 'buildCpuPreload.ts')
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Runs `script` in plain Node with the preload, as timedAstroBuild runs a build; returns the file. */
function runWithPreload(script: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mao-cpu-preload-'))
  dirs.push(dir)
  const file = path.join(dir, 'cpu.json')
  const result = spawnSync(process.execPath, ['--import', preload, '-e', script], {
    env: { ...process.env, [BENCH_CPU_FILE]: file },
    encoding: 'utf8',
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return file
}

describe('buildCpuPreload', () => {
  it('writes the CPU time of the whole process when it exits, a worker thread’s included', () => {
    // 300 ms of CPU in the main thread, then a worker with its own 300 ms that exits first. Each
    // spins on its own thread's CPU time, not the clock: on busy cores (CI runs test files side by
    // side) 300 ms of clock gave as little as 0.53 s of CPU for both.
    const spin = `const cpu = () => { const { user, system } = process.threadCpuUsage(); return user + system };
      const end = cpu() + 300_000; while (cpu() < end);`
    const file = runWithPreload(`
      ${spin}
      const { Worker } = require('node:worker_threads')
      new Worker(${JSON.stringify(spin)}, { eval: true })
    `)
    const { user, system } = JSON.parse(readFileSync(file, 'utf8')) as { user: number; system: number }
    expect((user + system) / 1e6).toBeGreaterThanOrEqual(0.55)
  })
})
