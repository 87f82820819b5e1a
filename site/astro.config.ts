import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { remotePatternFor } from './src/lib/cms/remotePattern'
import { cspDirectives } from './src/lib/csp/siteCsp'
import { cmsPublicUrl, cmsUrl, siteUrl } from './src/lib/env'
import { securityHeaders } from './src/integrations/securityHeaders'
import { sitemapAlias } from './src/integrations/sitemapAlias'

/**
 * The public site: static HTML built from the Payload REST API (see src/lib/cms/fetchSiteContent.ts).
 * SITE_URL sets canonical URLs, CMS_URL where content and images are fetched at build time.
 * SITE_OUT_DIR and SITE_CACHE_DIR let tests build into a temporary directory.
 */
export default defineConfig({
  site: siteUrl(),
  output: 'static',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  // Four pages at a time: while one page's file is written, the next ones render. At 10,000
  // documents this cut page generation by about a fifth (`pnpm bench site --scale 10000`).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  image: { remotePatterns: [remotePatternFor(cmsUrl())] },
  devToolbar: { enabled: false },
  // Every page gets a <meta> Content-Security-Policy with the hashes of Astro's inline scripts and
  // styles (no 'unsafe-inline'); securityHeaders() turns it into the release's header values.
  security: { csp: { directives: [...cspDirectives(cmsPublicUrl())] } },
  integrations: [
    react(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      serialize: (item) => ({ ...item, url: item.url.replace(/(?<=[^/])\/$/, '') }),
    }),
    sitemapAlias(),
    securityHeaders(),
  ],
})
