/**
 * Development helper: a seeded CMS REST API on a throwaway database, for building the site
 * locally without running Next. `--scale=N` adds N generated documents (news, practices,
 * experts) for build benchmarks.
 * Usage (from tests/): npx -y pnpm@10 exec tsx support/serveDevCms.ts [port] [--scale=N]
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-dev-cms-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'dev.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'development-only-secret-for-the-site-fixture'
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'development' })

const args = process.argv.slice(2)
const port = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3000)
const scale = Number(args.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? 0)

const { startSeededCms } = await import('./cmsFixture')
const cms = await startSeededCms(port)
if (scale > 0) {
  const { seedScale } = await import('@mao/scripts/seed')
  await seedScale(cms.payload, scale, (message) => console.log(message))
}
console.log(`Seeded CMS REST API at ${cms.url} (database in ${dir})`)
