import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import { workerLinkChecker } from './workerLinkChecker'

const base = mkdtempSync(path.join(tmpdir(), 'mao-linkcheck-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

function release(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(base, 'release-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** A checker whose worker runs `code` instead of the link check. */
const checker = ({ timeoutMs, code }: { timeoutMs?: number; code?: string } = {}) =>
  workerLinkChecker({
    siteUrl: 'https://www.example.org',
    timeoutMs,
    ...(code === undefined ? {} : { startWorker: () => new Worker(code, { eval: true }) }),
  })

describe('workerLinkChecker', () => {
  it("runs the site's link check on a release in a worker thread", async () => {
    const dir = release({
      'index.html':
        '<a href="/nieuws/">ok</a> <a href="https://www.example.org/weg/">weg</a> <a href="https://elders.example/">extern</a>',
      'nieuws/index.html': '<a href="/">home</a>',
    })
    const report = await checker()(dir)
    expect(report.broken).toEqual([
      { page: '/index.html', attribute: 'href', url: 'https://www.example.org/weg/', reason: 'no such file' },
    ])
  })

  it('rejects when the check throws', async () => {
    const dir = release({ 'index.html': '<a href="/oud/">oud</a>', '_redirects.json': '{ kapot' })
    await expect(checker()(dir)).rejects.toThrow(/JSON/)
  })

  it('rejects when the release folder does not exist', async () => {
    await expect(checker()(path.join(base, 'bestaat-niet'))).rejects.toThrow(/ENOENT/)
  })

  it('stops a check that does not finish in time', async () => {
    await expect(checker({ timeoutMs: 100, code: 'setInterval(() => {}, 1000)' })(base)).rejects.toThrow(/langer dan/)
  })

  it('rejects when the worker ends without an answer', async () => {
    await expect(checker({ code: '' })(base)).rejects.toThrow(/zonder uitkomst/)
  })
})
