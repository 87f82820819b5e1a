import { describe, expect, it } from 'vitest'
import { devServer } from 'virtual:mao/dev-server'
import { DEV_SERVER_MODULE, devServerFlag } from './devServerFlag'

type Plugin = { resolveId: (id: string) => string | undefined; load: (id: string) => string | undefined }

/** The module's code as the integration gives it for an Astro command. */
function moduleFor(command: 'dev' | 'build' | 'preview' | 'sync'): string | undefined {
  let plugin: Plugin | undefined
  const setup = devServerFlag().hooks['astro:config:setup'] as (options: unknown) => void
  setup({ command, updateConfig: (config: { vite: { plugins: Plugin[] } }) => (plugin = config.vite.plugins[0]) })
  const resolved = plugin?.resolveId(DEV_SERVER_MODULE)
  return resolved === undefined ? undefined : plugin?.load(resolved)
}

describe('the dev server flag', () => {
  it('is true under astro dev and false in a build, whatever DEV says in the environment', () => {
    process.env.DEV = '1'
    try {
      expect(moduleFor('dev')).toBe('export const devServer = true')
      expect(moduleFor('build')).toBe('export const devServer = false')
    } finally {
      delete process.env.DEV
    }
  })

  it('is what tests see through Astro’s Vite config, which runs as the dev server', () => {
    expect(devServer).toBe(true)
  })
})
