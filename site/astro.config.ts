import node from '@astrojs/node'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { remotePatternFor } from './src/lib/cms/remotePattern'
import { cspDirectives } from './src/lib/csp/siteCsp'
import { cmsPublicUrl, cmsUrl, siteUrl } from './src/lib/env'
import { previewServer } from './src/integrations/previewServer'
import { redirectFiles } from './src/integrations/redirectFiles'
import { securityHeaders } from './src/integrations/securityHeaders'
import { sitemapAlias } from './src/integrations/sitemapAlias'

/**
 * The public site: static HTML built from the Payload REST API (see src/lib/cms/fetchSiteContent.ts).
 * SITE_URL sets canonical URLs, CMS_URL where content and images are fetched at build time.
 * SITE_OUT_DIR and SITE_CACHE_DIR let tests build into a temporary directory.
 *
 * SITE_PREVIEW_SERVER=1 builds something else from the same code: the draft preview server (a
 * Node middleware under /voorbeeld, see src/integrations/previewServer.ts) into
 * SITE_PREVIEW_OUT_DIR (default ./dist-preview). The static build never sees it.
 */
const previewBuild = process.env.SITE_PREVIEW_SERVER === '1'

const staticIntegrations = () => [
  sitemap({
    filter: (page: string) => !/\/(404|410)\/?$/.test(page),
    serialize: (item: { url: string }) => ({ ...item, url: item.url.replace(/(?<=[^/])\/$/, '') }),
  }),
  sitemapAlias(),
  securityHeaders(),
  redirectFiles(),
]

export default defineConfig({
  site: siteUrl(),
  output: 'static',
  outDir: previewBuild ? process.env.SITE_PREVIEW_OUT_DIR || './dist-preview' : process.env.SITE_OUT_DIR || './dist',
  ...(previewBuild ? { adapter: node({ mode: 'middleware' }) } : {}),
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  // Four pages at a time: while one page's file is written, the next ones render. At 10,000
  // documents this cut page generation by about a fifth (`pnpm bench site --scale 10000`).
  // The preview server keeps its styles and resized images under /voorbeeld too, the one path the
  // site server hands to it.
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    concurrency: 4,
    ...(previewBuild ? { assets: 'voorbeeld/_astro' } : {}),
  },
  image: {
    remotePatterns: [remotePatternFor(cmsUrl())],
    ...(previewBuild ? { endpoint: { route: '/voorbeeld/_image', entrypoint: undefined } } : {}),
  },
  devToolbar: { enabled: false },
  // Every page gets a <meta> Content-Security-Policy with the hashes of Astro's inline scripts and
  // styles (no 'unsafe-inline'); securityHeaders() turns it into the release's header values.
  security: { csp: { directives: [...cspDirectives(cmsPublicUrl())] } },
  integrations: [react(), ...(previewBuild ? [previewServer()] : staticIntegrations())],
})
