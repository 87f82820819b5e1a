/**
 * Loaded into a benchmarked `astro build` with `node --import` (plain Node, types stripped): when
 * the build process exits, writes the CPU time it used, user and system in microseconds and all
 * its threads together (sharp's and libuv's included), to the file named by BENCH_CPU_FILE.
 * Only the main thread writes: Node gives worker threads the same `--import`.
 */
import { writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

export const BENCH_CPU_FILE = 'BENCH_CPU_FILE'

const file = process.env[BENCH_CPU_FILE]
if (file && isMainThread) {
  process.on('exit', () => writeFileSync(file, JSON.stringify(process.cpuUsage())))
}
