import { copyFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * @astrojs/sitemap writes sitemap-index.xml; crawlers and people also look for /sitemap.xml.
 * Copy the index there after the build so both addresses work.
 */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'mao:sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        await copyFile(`${outDir}/sitemap-index.xml`, `${outDir}/sitemap.xml`)
        logger.info('sitemap.xml written (copy of sitemap-index.xml)')
      },
    },
  }
}
