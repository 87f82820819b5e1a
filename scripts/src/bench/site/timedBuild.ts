import { spawn } from 'node:child_process'
import path from 'node:path'
import { astroBin } from './paths'
import { sampleTreePeak } from './processTreeMemory'

export interface BuildMeasurement {
  code: number | null
  seconds: number
  /** Peak of the summed resident memory of the build's whole process tree, in bytes. */
  peakTreeRss: number
  /** Peak resident memory of its largest single process, in bytes. */
  peakProcessRss: number
  memorySamples: number
  output: string
}

/**
 * `astro build` of the project at `root` with the site's Astro on this Node (the pinned Node 24),
 * timed from spawn to exit, with the process tree's memory sampled from /proc meanwhile.
 */
export function timedAstroBuild(root: string, env: Record<string, string>): Promise<BuildMeasurement> {
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, [astroBin, 'build', '--root', root], {
    cwd: root,
    env: {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...env,
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
      reject(error)
    })
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const { peakTotal, peakLargest, samples } = sampler.stop()
      resolve({
        code,
        seconds,
        peakTreeRss: peakTotal,
        peakProcessRss: peakLargest,
        memorySamples: samples,
        output,
      })
    })
  })
}
