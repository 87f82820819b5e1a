import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import path from 'node:path'
import { siteDir } from './buildSite'
import { childEnv } from './childEnv'

/**
 * The draft preview server build (`build:preview`) into a fresh folder under site/ (its server
 * bundle resolves astro and friends from site/node_modules, so it cannot live elsewhere).
 * Returns the folder; the caller removes it.
 */
export async function buildPreviewServer(): Promise<string> {
  const scratchRoot = path.join(siteDir, '.test-builds')
  mkdirSync(scratchRoot, { recursive: true })
  const outDir = mkdtempSync(path.join(scratchRoot, 'preview-'))
  const astro = path.join(siteDir, 'node_modules/astro/bin/astro.mjs')
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: siteDir,
      env: childEnv({
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        SITE_PREVIEW_SERVER: '1',
        SITE_PREVIEW_OUT_DIR: outDir,
        SITE_CACHE_DIR: path.join(outDir, '.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exit) => resolve({ code: exit, output: text }))
  })
  if (code !== 0) throw new Error(`The preview server build failed (exit ${code}):\n${output.slice(-4000)}`)
  return outDir
}
