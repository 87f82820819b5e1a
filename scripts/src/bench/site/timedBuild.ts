import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BENCH_CPU_FILE } from './buildCpuPreload'
import { astroBin } from './paths'
import { sampleTreePeak } from './processTreeMemory'

const cpuPreload = path.join(import.meta.dirname, 'buildCpuPreload.ts')

export interface BuildMeasurement {
  code: number | null
  seconds: number
  /** Peak of the summed resident memory of the build's whole process tree, in bytes. */
  peakTreeRss: number
  /** Peak resident memory of its largest single process, in bytes. */
  peakProcessRss: number
  memorySamples: number
  /** CPU time of the build process (user and system, all threads); undefined when it did not exit normally. */
  cpuSeconds: number | undefined
  output: string
}

/** What buildCpuPreload.ts wrote, in seconds; undefined when it wrote nothing (a killed process). */
function readCpuSeconds(file: string): number | undefined {
  try {
    const { user, system } = JSON.parse(readFileSync(file, 'utf8')) as { user: number; system: number }
    return (user + system) / 1e6
  } catch {
    return undefined
  }
}

/**
 * `astro build` of the project at `root` with the site's Astro on this Node (the pinned Node 24),
 * timed from spawn to exit, with the process tree's memory sampled from /proc meanwhile and the
 * CPU time the process reports when it exits (buildCpuPreload.ts).
 */
export function timedAstroBuild(root: string, env: Record<string, string>): Promise<BuildMeasurement> {
  const cpuDir = mkdtempSync(path.join(tmpdir(), 'mao-bench-cpu-'))
  const cpuFile = path.join(cpuDir, 'cpu.json')
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, ['--import', cpuPreload, astroBin, 'build', '--root', root], {
    cwd: root,
    env: {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...env,
      [BENCH_CPU_FILE]: cpuFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const sampler = sampleTreePeak(child.pid ?? -1)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      sampler.stop()
      rmSync(cpuDir, { recursive: true, force: true })
      reject(error)
    })
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const { peakTotal, peakLargest, samples } = sampler.stop()
      const cpuSeconds = readCpuSeconds(cpuFile)
      rmSync(cpuDir, { recursive: true, force: true })
      resolve({
        code,
        seconds,
        peakTreeRss: peakTotal,
        peakProcessRss: peakLargest,
        memorySamples: samples,
        cpuSeconds,
        output,
      })
    })
  })
}
