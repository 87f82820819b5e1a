import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { warmSiteBuild } from '@mao/cms/rebuild'
import { repoRoot } from '@mao/cms/repo-root'
import { childEnv } from './childEnv'

export const siteDir = path.join(repoRoot, 'site')
/** Where the build test leaves the site it built, for the end-to-end tests. */
export const builtSiteDir = path.join(repoRoot, 'tests/dist/site')

export interface BuildResult {
  code: number | null
  output: string
  seconds: number
  /** Whether the build left an index.html behind (it must not when it fails). */
  wroteIndex: boolean
}

/**
 * `astro build` of site/ in a child process on this Node (the pinned Node 24), against the
 * given CMS. Astro keeps its prerender chunks in the output folder only when that folder is
 * inside site/ (else in the shared site/.astro), so each build runs in its own folder under
 * site/.test-builds and is moved to `outDir` when it succeeds: parallel builds cannot collide.
 * Warm builds (one file uses them) run in a folder outside site/ instead, as in a CMS whose
 * releases are elsewhere: the warm process then imports the page bundle from the same path in
 * every build, and Node gives it the modules of the build before (see site/src/lib/incremental/perBuild.ts).
 */
export async function buildSite(options: {
  cmsUrl: string
  outDir?: string
  cacheDir: string
  siteUrl?: string
  cmsPublicUrl?: string
  /** More variables for the build, such as SITE_BUILD_REPORT. */
  env?: Record<string, string>
  /** In the CMS's warm build process (one for the whole test file) instead of a process of its own. */
  warm?: boolean
  /** Where the build writes before it is moved to `outDir` (on the same file system as `outDir`). */
  scratchRoot?: string
}): Promise<BuildResult> {
  const scratchRoot = options.scratchRoot ?? (options.warm ? tmpdir() : path.join(siteDir, '.test-builds'))
  mkdirSync(scratchRoot, { recursive: true })
  const scratch = mkdtempSync(path.join(scratchRoot, 'build-'))
  const buildDir = path.join(scratch, 'dist')
  try {
    const result = await runAstroBuild({ ...options, buildDir })
    const wroteIndex = existsSync(path.join(buildDir, 'index.html'))
    if (result.code === 0 && options.outDir) {
      rmSync(options.outDir, { recursive: true, force: true })
      mkdirSync(path.dirname(options.outDir), { recursive: true })
      renameSync(buildDir, options.outDir)
    }
    return { ...result, wroteIndex }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function runAstroBuild(options: {
  cmsUrl: string
  buildDir: string
  cacheDir: string
  siteUrl?: string
  cmsPublicUrl?: string
  env?: Record<string, string>
  warm?: boolean
}): Promise<Omit<BuildResult, 'wroteIndex'>> {
  const astro = path.join(siteDir, 'node_modules/astro/bin/astro.mjs')
  const started = Date.now()
  const env = childEnv({
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    CMS_URL: options.cmsUrl,
    CMS_PUBLIC_URL: options.cmsPublicUrl ?? '',
    SITE_URL: options.siteUrl ?? 'http://localhost:4321',
    SITE_OUT_DIR: options.buildDir,
    SITE_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...options.env,
  })
  if (options.warm) {
    let output = ''
    const tail = {
      push: (chunk: Buffer) => (output += chunk.toString()),
      note: (line: string) => (output += `${line}\n`),
    }
    return warmSiteBuild(siteDir, { env, timeoutMs: 0, tail }).then(({ exitCode }) => ({
      code: exitCode,
      output,
      seconds: (Date.now() - started) / 1000,
    }))
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: siteDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }))
  })
}
