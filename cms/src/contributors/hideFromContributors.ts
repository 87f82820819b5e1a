import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'
import { hasEditorRole } from '../access/hasEditorRole'

type Hidden<User> = boolean | ((args: { user: User }) => boolean)

const editorsOnly =
  <User>(hidden: Hidden<User> | undefined) =>
  ({ user }: { user: User }): boolean =>
    !hasEditorRole(user) || (typeof hidden === 'function' ? hidden({ user }) : Boolean(hidden))

/**
 * A contributor's admin shows only what they work on (`visible`, e.g. news, practices, media);
 * every other collection and every global is hidden from them. Access still decides what they may
 * do; this keeps the menu and dashboard to their work. Add last, after the plugins' collections.
 */
export const hideFromContributors =
  (visible: string[]): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig =>
      visible.includes(collection.slug)
        ? collection
        : { ...collection, admin: { ...collection.admin, hidden: editorsOnly(collection.admin?.hidden) } },
    ),
    globals: (config.globals ?? []).map((global): GlobalConfig => ({
      ...global,
      admin: { ...global.admin, hidden: editorsOnly(global.admin?.hidden) },
    })),
  })
