import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { remotePatternFor } from './src/lib/cms/remotePattern'
import { cmsUrl, siteUrl } from './src/lib/env'
import { sitemapAlias } from './src/integrations/sitemapAlias'

/**
 * The public site: static HTML built from the Payload REST API (see src/content.config.ts).
 * SITE_URL sets canonical URLs, CMS_URL where content and images are fetched at build time.
 * SITE_OUT_DIR and SITE_CACHE_DIR let tests build into a temporary directory.
 */
export default defineConfig({
  site: siteUrl(),
  output: 'static',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  image: { remotePatterns: [remotePatternFor(cmsUrl())] },
  devToolbar: { enabled: false },
  integrations: [
    react(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      serialize: (item) => ({ ...item, url: item.url.replace(/(?<=[^/])\/$/, '') }),
    }),
    sitemapAlias(),
  ],
})
