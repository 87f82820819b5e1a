import { readdirSync, readFileSync } from 'node:fs'

/** Parent pid of every process in /proc (processes that vanish while reading are skipped). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name is in parentheses and may hold spaces: fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(fields[1]))
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents
}

/** Resident memory of one process in bytes (0 when it is gone). */
function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Resident memory of a process and all its descendants: the sum, and the largest single process. */
export function treeRss(rootPid: number): { total: number; largest: number; processes: number } {
  const children = new Map<number, number[]>()
  for (const [pid, parent] of parentsByPid()) children.set(parent, [...(children.get(parent) ?? []), pid])
  let total = 0
  let largest = 0
  let processes = 0
  const queue = [rootPid]
  while (queue.length > 0) {
    const pid = queue.pop()!
    const rss = rssOf(pid)
    total += rss
    largest = Math.max(largest, rss)
    processes += rss > 0 ? 1 : 0
    queue.push(...(children.get(pid) ?? []))
  }
  return { total, largest, processes }
}

/** Polls the tree's memory until stopped; `stop` returns the peaks seen. */
export function sampleTreePeak(rootPid: number, intervalMs = 150) {
  let peakTotal = 0
  let peakLargest = 0
  let samples = 0
  const sample = () => {
    const { total, largest } = treeRss(rootPid)
    peakTotal = Math.max(peakTotal, total)
    peakLargest = Math.max(peakLargest, largest)
    samples += 1
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return { peakTotal, peakLargest, samples }
    },
  }
}
