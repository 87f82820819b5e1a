import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { SITE_BUILD_REPORT_ENV } from '@mao/shared/siteBuildReport'
import { fetchBuildContent } from '../lib/cms/fetchBuildContent'
import { shortHash } from '../lib/incremental/digests'
import { IncrementalBuild, currentBuild, startBuild } from '../lib/incremental/incrementalBuild'
import { writePageManifest } from '../lib/incremental/pageManifest'
import { cmsPublicUrl, cmsUrl, siteUrl } from '../lib/env'

/**
 * Incremental static builds on top of Astro's `experimental.incrementalBuild`: holds the build's
 * page dependencies (lib/incremental/incrementalBuild.ts), writes them beside Astro's own cache
 * when the build is done, and the build report for the CMS (SITE_BUILD_REPORT). A build that fails
 * writes neither, so the next one compares against the last good build.
 */
export function incrementalBuild(): AstroIntegration {
  let cacheDir = ''
  let outDir = ''
  let assetsDir = ''
  return {
    name: 'mao-incremental-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        outDir = fileURLToPath(config.outDir)
        assetsDir = path.join(outDir, config.build.assets)
      },
      'astro:build:start': () => {
        // The addresses end up in the pages (links, image sources) but not all in Astro's config hash.
        const addresses = shortHash(JSON.stringify([siteUrl(), cmsUrl(), cmsPublicUrl()]))
        const assetNames = () =>
          existsSync(assetsDir) ? readdirSync(assetsDir, { recursive: true, encoding: 'utf8' }).sort() : []
        const build = new IncrementalBuild(cacheDir, addresses, assetNames)
        build.outDir = outDir
        build.content = fetchBuildContent(cacheDir)
        // A build that fails before its pages read the content must not crash on the rejection.
        build.content.catch(() => {})
        startBuild(build)
      },
      'astro:build:done': async ({ logger }) => {
        const build = currentBuild()
        if (!build) return
        startBuild(undefined)
        // The search files are written beside the pages; a build whose worker failed fails here.
        await build.besideDone()
        writePageManifest(cacheDir, build.manifest())
        const report = build.report()
        logger.info(
          `${report.kind === 'incremental' ? 'Incremental' : 'Full'} build: ${report.pages.rendered} rendered, ${report.pages.reused} reused`,
        )
        const reportFile = process.env[SITE_BUILD_REPORT_ENV]
        if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`)
        build.finish()
      },
    },
  }
}
