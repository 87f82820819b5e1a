import type { AstroIntegration } from 'astro'

export const DEV_SERVER_MODULE = 'virtual:mao/dev-server'
const RESOLVED = `\0${DEV_SERVER_MODULE}`

/**
 * `virtual:mao/dev-server` exports `devServer`: true under `astro dev` (and in tests through
 * Astro's Vite config), where content is fetched anew for every request; false in a build, which
 * fetches it once. Taken from Astro's `command`, not from `import.meta.env.DEV`: Astro inlines
 * every variable of a build's environment into `import.meta.env`, so a build started with `DEV`
 * set (Vitest sets it in its workers) fetched all content again for every page, 83–95 s instead
 * of 11 s for the seeded site.
 */
export function devServerFlag(): AstroIntegration {
  return {
    name: 'mao-dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mao-dev-server-flag',
                resolveId: (id: string) => (id === DEV_SERVER_MODULE ? RESOLVED : undefined),
                load: (id: string) =>
                  id === RESOLVED ? `export const devServer = ${JSON.stringify(command === 'dev')}` : undefined,
              },
            ],
          },
        })
      },
    },
  }
}
