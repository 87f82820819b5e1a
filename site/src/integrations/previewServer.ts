import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** The only route the preview server renders; the site server mounts it under this path. */
export const PREVIEW_BASE = '/voorbeeld'

const entrypoint = fileURLToPath(new URL('../preview/PreviewPage.astro', import.meta.url))

/**
 * Turns a build into the preview server (SITE_PREVIEW_SERVER=1, see astro.config.ts): adds the
 * on-demand route `/voorbeeld/<collection>/<id>` that renders a draft with the site's own page
 * components, and renders every other page on demand too, so nothing is prerendered (the build
 * is a quick bundle, not a second site). The site server only ever sends `/voorbeeld` to it.
 */
export function previewServer(): AstroIntegration {
  return {
    name: 'mao:preview-server',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: `${PREVIEW_BASE}/[collection]/[id]`, entrypoint, prerender: false })
      },
      'astro:route:setup': ({ route }) => {
        route.prerender = false
      },
    },
  }
}
