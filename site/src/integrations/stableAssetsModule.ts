import type { AstroIntegration } from 'astro'

const PLACEHOLDER = 'file:///static-build-out/'

/**
 * Keeps the release folder's path out of the code of Astro's `astro:assets` module, which names
 * the output folder (`outDir`, `serverDir`) for the Node adapter's image endpoint. Each CMS build
 * writes into a new release folder, so that path differed in every build, and with it the
 * dependency hash of every page that imports the module (all .astro pages): incremental builds
 * re-rendered all of them (measured: 21 of 24 dynamic routes, every build). A static build has no
 * image endpoint, so nothing reads the two values; the preview server (an SSR build) does not get
 * this integration.
 */
export function stableAssetsModule(): AstroIntegration {
  return {
    name: 'mao-stable-assets-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const paths = [config.outDir.href, new URL('server/', config.outDir).href, config.build.server.href]
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mao-stable-assets-module',
                enforce: 'post',
                transform(code: string, id: string) {
                  if (!id.endsWith('astro:assets')) return undefined
                  let stable = code
                  for (const path of paths)
                    stable = stable.replaceAll(JSON.stringify(path), JSON.stringify(PLACEHOLDER))
                  return stable === code ? undefined : { code: stable, map: null }
                },
              },
            ],
          },
        })
      },
    },
  }
}
