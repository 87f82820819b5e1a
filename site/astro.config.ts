import node from '@astrojs/node'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { remotePatternFor } from './src/lib/cms/remotePattern'
import { cspDirectives } from './src/lib/csp/siteCsp'
import { cmsPublicUrl, cmsUrl, siteUrl } from './src/lib/env'
import { devServerFlag } from './src/integrations/devServerFlag'
import { incrementalBuild } from './src/integrations/incrementalBuild'
import { previewServer } from './src/integrations/previewServer'
import { redirectFiles } from './src/integrations/redirectFiles'
import { securityHeaders } from './src/integrations/securityHeaders'
import { notoSans } from './src/styles/fonts/notoSans'
import { sitemapAlias } from './src/integrations/sitemapAlias'
import { stableAssetsModule } from './src/integrations/stableAssetsModule'

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
  incrementalBuild(),
  stableAssetsModule(),
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
  // One stylesheet for the whole site instead of one per component: a page waits for one
  // render-blocking request, and the file is cached for every next page.
  vite: { build: { cssCodeSplit: false } },
  // Noto Sans from @fontsource/noto-sans, preloaded with a metric-matched fallback (src/styles/fonts).
  fonts: [notoSans],
  image: {
    remotePatterns: [remotePatternFor(cmsUrl())],
    ...(previewBuild ? { endpoint: { route: '/voorbeeld/_image', entrypoint: undefined } } : {}),
  },
  devToolbar: { enabled: false },
  // Pages whose cache key (src/lib/incremental) is unchanged are copied from the last build's
  // cache in cacheDir instead of rendered; the preview server renders on request and has none.
  experimental: { incrementalBuild: !previewBuild },
  // Every page gets a <meta> Content-Security-Policy with the hashes of Astro's inline scripts and
  // styles (no 'unsafe-inline'); securityHeaders() turns it into the release's header values.
  security: { csp: { directives: [...cspDirectives(cmsPublicUrl())] } },
  integrations: [react(), devServerFlag(), ...(previewBuild ? [previewServer()] : staticIntegrations())],
})
