import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LogTail } from './logTail'
import { warmSiteBuild } from './warmSiteBuild'

/** A site folder whose build process speaks the protocol of site/scripts/buildServer.ts; FAKE_MODE says how it goes. */
const siteDir = mkdtempSync(path.join(tmpdir(), 'mao-warm-build-'))
mkdirSync(path.join(siteDir, 'scripts'))
writeFileSync(
  path.join(siteDir, 'scripts/buildServer.ts'),
  `let last
// As buildServer.ts: let go, it does what was left after the build (here: a file says so), then ends.
process.on('disconnect', () => {
  if (last?.FAKE_AFTER) process.getBuiltinModule('node:fs').writeFileSync(last.FAKE_AFTER, 'done')
  process.exit(0)
})
process.on('message', (message) => {
  last = message.env
  const mode = message.env.FAKE_MODE
  console.log('pid ' + process.pid + ' builds ' + message.env.SITE_OUT_DIR)
  if (mode === 'crash') process.exit(3)
  if (mode === 'hang') return
  if (mode === 'chatty') for (let line = 0; line < 2000; line++) console.log('regel ' + line + ' ' + 'x'.repeat(200))
  // As buildServer.ts: the answer once its output is written out.
  process.stdout.write('', () =>
    process.send({ type: 'built', ok: mode !== 'fail', rssMb: mode === 'huge' ? 99999 : 10 }),
  )
})
`,
)
afterAll(() => rmSync(siteDir, { recursive: true, force: true }))

async function build(outDir: string, mode = 'ok', timeoutMs = 10_000, env: Record<string, string> = {}) {
  const tail = new LogTail()
  const result = await warmSiteBuild(siteDir, {
    env: { NODE_ENV: 'production', SITE_OUT_DIR: outDir, FAKE_MODE: mode, ...env },
    timeoutMs,
    tail,
  })
  const log = tail.toString()
  return { ...result, log, pid: /pid (\d+)/.exec(log)?.[1] }
}

describe('warmSiteBuild', () => {
  it('keeps one build process for the next builds, each with its own environment', async () => {
    const first = await build('/releases/a')
    const second = await build('/releases/b')
    expect(first).toMatchObject({ exitCode: 0, timedOut: false })
    expect(first.log).toContain('builds /releases/a')
    expect(second).toMatchObject({ exitCode: 0, log: expect.stringContaining('builds /releases/b') })
    expect(second.pid).toBe(first.pid)
  })

  it('keeps every line the build wrote before its answer, which comes over another pipe', async () => {
    for (const release of ['k', 'l', 'm']) {
      const chatty = await build(`/releases/${release}`, 'chatty')
      expect(chatty.log).toContain('regel 1999')
    }
  })

  it('starts a new process after a failed build, a crashed process or one grown too big', async () => {
    const before = await build('/releases/c')
    const failed = await build('/releases/d', 'fail')
    expect(failed).toMatchObject({ exitCode: 1, pid: before.pid })
    const crashed = await build('/releases/e', 'crash')
    expect(crashed.pid).not.toBe(before.pid)
    expect(crashed).toMatchObject({ exitCode: 3, log: expect.stringContaining('stopte onverwacht') })
    const huge = await build('/releases/f', 'huge')
    expect(huge).toMatchObject({ exitCode: 0 })
    expect(huge.pid).not.toBe(crashed.pid)
    expect((await build('/releases/g')).pid).not.toBe(huge.pid)
  })

  it('lets a process grown too big finish what it does after its build instead of killing it', async () => {
    const marker = path.join(siteDir, 'after-build-work')
    const huge = await build('/releases/j', 'huge', 10_000, { FAKE_AFTER: marker })
    expect(huge).toMatchObject({ exitCode: 0 })
    await expect.poll(() => existsSync(marker), { timeout: 5000 }).toBe(true)
  })

  it('stops a build that takes too long, and the next build gets a new process', async () => {
    const hung = await build('/releases/h', 'hang', 300)
    expect(hung).toMatchObject({ timedOut: true, log: expect.stringContaining('langer dan') })
    expect(hung.exitCode).not.toBe(0)
    const next = await build('/releases/i')
    expect(next).toMatchObject({ exitCode: 0 })
    expect(next.pid).not.toBe(hung.pid)
  })
})
