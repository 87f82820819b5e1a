import type { Loader } from 'astro/loaders'
import { cmsUrl } from '../env'
import { fetchAllPublished } from './fetchAllPublished'
import { fetchGlobal } from './fetchGlobal'
import { isTypeCheckRun } from './typeCheckRun'

/**
 * Content-layer loader for one Payload collection: every published document, fetched page by
 * page at build time. Errors (CMS down, error answers, invalid data) fail the build.
 */
export function payloadCollectionLoader(collection: string): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      if (isTypeCheckRun()) return
      const docs = await fetchAllPublished(collection, { cmsUrl: cmsUrl() })
      const entries = []
      for (const doc of docs) {
        const id = String(doc.id)
        entries.push({ id, data: await parseData({ id, data: doc }), digest: generateDigest(doc) })
      }
      store.clear()
      for (const entry of entries) store.set(entry)
      logger.info(`${docs.length} published ${collection}`)
    },
  }
}

/** Content-layer loader for a Payload global, stored as a single entry with the global's slug as id. */
export function payloadGlobalLoader(slug: string): Loader {
  return {
    name: `payload-global:${slug}`,
    load: async ({ store, parseData, generateDigest }) => {
      if (isTypeCheckRun()) return
      const value = await fetchGlobal(slug, { cmsUrl: cmsUrl() })
      const data = await parseData({ id: slug, data: value })
      store.clear()
      store.set({ id: slug, data, digest: generateDigest(value) })
    },
  }
}
