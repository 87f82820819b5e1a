import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionConfig, Config, Plugin } from 'payload'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { redirectFields } from './fields'
import { goneOnDelete, goneForReferencingRedirects } from './hooks/goneOnDelete'
import { redirectOnPathChange } from './hooks/redirectOnPathChange'
import { rememberLivePath } from './hooks/rememberLivePath'
import { REDIRECTS_SLUG } from './redirectStore'
import { collectionsWithPages, hasPagesOfItsOwn } from '@mao/shared/collections'

function withRedirectHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberLivePath],
      afterChange: [...(hooks.afterChange ?? []), redirectOnPathChange],
      beforeDelete: [...(hooks.beforeDelete ?? []), goneForReferencingRedirects],
      afterDelete: [...(hooks.afterDelete ?? []), goneOnDelete],
    },
  }
}

/**
 * Redirects ("Doorverwijzingen"): the `redirects` collection of @payloadcms/plugin-redirects with
 * Dutch fields and a "Verwijderd" (410) target, readable by anyone (the site build reads it),
 * written by editors; and hooks on every collection with pages that keep old paths working when a
 * published document's path changes or it is deleted. Put it before the rebuild plugin, which must
 * list `redirects` among the collections the site shows.
 */
export const redirectsFeature =
  (): Plugin =>
  (config: Config): Config => {
    const withCollection = redirectsPlugin({
      collections: [...collectionsWithPages],
      overrides: {
        slug: REDIRECTS_SLUG,
        labels: { singular: 'Doorverwijzing', plural: 'Doorverwijzingen' },
        access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
        admin: {
          group: 'Beheer',
          useAsTitle: 'from',
          defaultColumns: ['from', 'to.type', 'updatedAt'],
          description:
            'Oude webadressen die naar een pagina doorverwijzen (301) of melden dat de pagina is verwijderd (410). Ontstaan vanzelf als een gepubliceerd webadres verandert of een gepubliceerde pagina wordt verwijderd.',
        },
        fields: () => redirectFields,
      },
    })(config)
    return {
      ...withCollection,
      collections: (withCollection.collections ?? []).map((collection) =>
        hasPagesOfItsOwn(collection.slug) ? withRedirectHooks(collection) : collection,
      ),
    }
  }
