import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '@mao/cms/repo-root'
import { runPnpm } from '@mao/scripts/start'
import type { Media } from '@mao/shared/payload-types'
import { buildSite } from '../support/buildSite'
import { childEnv } from '../support/childEnv'
import { pageHtml } from '../support/distFiles'

/**
 * A backup restored into a fresh clone gives the same working site. The commands run in their
 * own processes, as a user types them: `pnpm seed` fills a migrated database (as `pnpm start`
 * does), `pnpm backup` and `pnpm restore` move it to the clone; this process then serves the clone
 * and builds the site from it. Documents, subscribers and media counts are checked by
 * `pnpm restore` itself and in detail by scripts/test/backup.int.spec.ts.
 */
const NEWS_SLUG = 'met-andere-ogen-gaat-de-regios-in'
const work = mkdtempSync(path.join(tmpdir(), 'mao-backup-restore-'))
const source = { DATABASE_URL: `file:${path.join(work, 'source/mao.db')}`, MEDIA_DIR: path.join(work, 'source/media') }
const clone = { dbFile: path.join(work, 'clone/mao.db'), mediaDir: path.join(work, 'clone/media') }
const archive = path.join(work, 'backups/mao.tar.gz')
const dist = path.join(work, 'dist')
// A fresh Astro cache: every image must come through the restored CMS, none from an earlier build.
const cacheDir = path.join(work, 'astro-cache')

// This process only ever opens the clone, after the restore, and serves it as restored (no push).
process.env.DATABASE_URL = `file:${clone.dbFile}`
process.env.MEDIA_DIR = clone.mediaDir
process.env.DATABASE_PUSH = 'false'

let restoreOutput = ''
let closeCms: (() => Promise<void>) | undefined

/** `pnpm <args>` from the repository root; its output, or an error with the output when it fails. */
async function pnpm(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = runPnpm(args, {
    cwd: repoRoot,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) throw new Error(`pnpm ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)
  return output
}

beforeAll(async () => {
  await pnpm(['seed'], source)
  await pnpm(['backup', '--out', archive], source)
  restoreOutput = await pnpm(['restore', archive])
  const { startRestServer } = await import('@mao/cms/testing')
  const cms = await startRestServer()
  closeCms = cms.close
  const result = await buildSite({ cmsUrl: cms.url, outDir: dist, cacheDir })
  if (result.code !== 0) throw new Error(`The site build failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
})

afterAll(async () => {
  await closeCms?.()
  rmSync(work, { recursive: true, force: true })
})

describe('pnpm backup, then pnpm restore into a fresh clone', () => {
  it('restores the database and media and verifies them with Payload', () => {
    expect(restoreOutput).toContain(`restored to ${clone.dbFile} and ${clone.mediaDir}`)
    expect(restoreOutput).toContain('[restore] verified')
  })

  it('builds a working site from the restored CMS, images included', async () => {
    const { getTestPayload } = await import('@mao/cms/testing')
    const payload = await getTestPayload()
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(pageHtml(dist, '/')).toContain(settings.siteName)

    const { docs } = await payload.find({ collection: 'news', where: { slug: { equals: NEWS_SLUG } }, depth: 1 })
    expect(docs).toHaveLength(1)
    const news = docs[0]
    const html = pageHtml(dist, `/nieuws/${NEWS_SLUG}`)
    expect(html).toContain(news?.summary)

    // The hero image was fetched from the restored media folder through the CMS and processed by Astro.
    const filename = (news?.heroImage as Media | undefined)?.filename ?? ''
    expect(filename).not.toBe('')
    expect(existsSync(path.join(clone.mediaDir, filename)), filename).toBe(true)
    const src = html
      .match(/<img [^>]*class="utrecht-img mao-article__image[ "][^>]*>/)?.[0]
      .match(/ src="([^"]+)"/)?.[1]
    const builtImage = decodeURIComponent(src ?? '')
    // Astro processes the hero crop the CMS made of it ("<name>-1600x900.webp"), or the original.
    expect(builtImage.startsWith(`/_astro/${path.parse(filename).name}`), builtImage).toBe(true)
    expect(existsSync(path.join(dist, builtImage))).toBe(true)
  })
})
