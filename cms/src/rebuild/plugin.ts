import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'
import { BuildLogs, REBUILD_PANEL } from './collections/BuildLogs'
import { rememberPublicStatus } from './hooks/rememberPublicStatus'
import { triggerOnCollectionChange } from './hooks/triggerOnCollectionChange'
import { triggerOnCollectionDelete } from './hooks/triggerOnCollectionDelete'
import { triggerOnGlobalChange } from './hooks/triggerOnGlobalChange'

export type RebuildPluginOptions = {
  /** Collections the site never shows; their changes never trigger a build. */
  excludeCollections?: string[]
  /** Collections whose new documents appear on the site only once referenced (media). */
  ignoreCreateIn?: string[]
}

const NOT_ON_SITE = ['users', 'build-logs', 'subscribers', 'newsletters']

function withCollectionHooks(collection: CollectionConfig, ignoreCreate: boolean): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberPublicStatus],
      afterChange: [...(hooks.afterChange ?? []), triggerOnCollectionChange({ ignoreCreate })],
      afterDelete: [...(hooks.afterDelete ?? []), triggerOnCollectionDelete],
    },
  }
}

function withGlobalHook(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), triggerOnGlobalChange] } }
}

/**
 * Rebuilds the static site when published content changes: hooks on every collection and
 * global the site shows, the `build-logs` collection with its endpoints, and the admin panel
 * with the "Site opnieuw bouwen" button. Whether hooks act is decided per change
 * (REBUILD_ENABLED), so the schema is the same in every environment.
 */
export const rebuildPlugin =
  ({ excludeCollections = [], ignoreCreateIn = ['media'] }: RebuildPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const excluded = new Set([...NOT_ON_SITE, ...excludeCollections])
    const collections = (config.collections ?? []).map((collection) =>
      excluded.has(collection.slug)
        ? collection
        : withCollectionHooks(collection, ignoreCreateIn.includes(collection.slug)),
    )
    const components = config.admin?.components ?? {}
    return {
      ...config,
      collections: [...collections, BuildLogs],
      globals: (config.globals ?? []).map(withGlobalHook),
      admin: {
        ...config.admin,
        components: {
          ...components,
          afterDashboard: [
            ...(components.afterDashboard ?? []),
            { path: REBUILD_PANEL, clientProps: { heading: true } },
          ],
        },
      },
    }
  }
