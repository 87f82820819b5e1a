import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { treeRss } from './processTreeMemory'

describe('treeRss', () => {
  it('counts a process and its children', async () => {
    // A child that holds about 200 MB and starts a grandchild, then waits to be measured.
    const script = `
      const { spawn } = require('node:child_process')
      globalThis.hold = Buffer.alloc(200e6, 1)
      const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' })
      setTimeout(() => console.log(String(grandchild.pid)), 300)
      setTimeout(() => {}, 20000)`
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    let grandchild: number | undefined
    try {
      grandchild = Number(
        await new Promise<string>((resolve) => child.stdout.once('data', (data) => resolve(String(data)))),
      )
      const measured = treeRss(child.pid!)
      expect(measured.processes).toBe(2)
      expect(measured.largest).toBeGreaterThan(200e6)
      expect(measured.total).toBeGreaterThan(measured.largest)
    } finally {
      if (grandchild) process.kill(grandchild, 'SIGKILL')
      process.kill(child.pid!, 'SIGKILL')
    }
  })

  it('gives zero for a process that does not exist', () => {
    expect(treeRss(2 ** 22 + 12_345)).toEqual({ total: 0, largest: 0, processes: 0 })
  })
})
