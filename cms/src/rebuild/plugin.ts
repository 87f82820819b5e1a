import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'
import { buildOnStart } from './buildOnStart'
import { BuildLogs, REBUILD_PANEL } from './collections/BuildLogs'
import { rememberPublicStatus } from './hooks/rememberPublicStatus'
import { triggerOnCollectionChange } from './hooks/triggerOnCollectionChange'
import { triggerOnCollectionDelete } from './hooks/triggerOnCollectionDelete'
import { triggerOnGlobalChange } from './hooks/triggerOnGlobalChange'

export type RebuildPluginOptions = {
  /** The collections the site shows; only their changes trigger a build. */
  collections: readonly string[]
  /** Of those, the ones whose new documents appear on the site only once referenced (media). */
  ignoreCreateIn?: readonly string[]
}

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
 * Rebuilds the static site when published content changes: hooks on the given collections and
 * on every global, the `build-logs` collection with its endpoints, and the admin panel with the
 * "Site opnieuw bouwen" button. Whether hooks act is decided per change (REBUILD_ENABLED), so
 * the schema is the same in every environment. On the CMS server (REBUILD_ON_START) it also
 * builds when Payload starts, recorded like every other build.
 */
export const rebuildPlugin =
  ({ collections: onSite, ignoreCreateIn = [] }: RebuildPluginOptions): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) =>
      onSite.includes(collection.slug)
        ? withCollectionHooks(collection, ignoreCreateIn.includes(collection.slug))
        : collection,
    )
    const components = config.admin?.components ?? {}
    return {
      ...config,
      collections: [...collections, BuildLogs],
      globals: (config.globals ?? []).map(withGlobalHook),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        buildOnStart(payload)
      },
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
