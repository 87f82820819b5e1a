import type { CollectionConfig, Config, Plugin } from 'payload'
import { hasPagesOfItsOwn } from '@mao/shared/collections'
import { previewEndpoint } from './previewEndpoint'
import { previewUrlFor } from './previewUrl'

const withPreview = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, preview: previewUrlFor(collection.slug) },
})

/**
 * Draft previews: a "Voorbeeld" button on every collection with pages on the site, linking to
 * the site's own rendering of the draft (`/voorbeeld/...`), and the token-guarded endpoint that
 * page reads the draft from.
 */
export const previewPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      hasPagesOfItsOwn(collection.slug) ? withPreview(collection) : collection,
    ),
    endpoints: [...(config.endpoints ?? []), previewEndpoint],
  })
