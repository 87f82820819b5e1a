import type { CollectionSlug, Payload } from 'payload'
import { requestSiteRebuild } from '../../rebuild'
import { addressWhere, findByAddress, holdsAddress, type StoredDoc } from './findByAddress'
import type { EraseCount, PersonalDataPlace } from './types'

type ContentPlaceOptions = {
  key: string
  label: string
  /** A collection with drafts and versions. */
  collection: CollectionSlug
  fields: readonly string[]
  /** The parts of a document that are about the person, for the export. */
  personalParts: (doc: StoredDoc, address: string) => Record<string, unknown>
  /** The field values that remove the person from a document (or from one of its versions). */
  scrub: (doc: StoredDoc, address: string) => Record<string, unknown>
  /** Documents that are the person's alone (an unpublished submission): deleted whole, with their history. */
  deleteWhole?: (doc: StoredDoc, address: string) => boolean
}

type Version = { id: number | string; parent: number | string | { id: number | string }; version: StoredDoc }

const parentId = (version: Version) => (typeof version.parent === 'object' ? version.parent.id : version.parent)

/**
 * Content documents that can hold somebody's address (a contact person, who sent it in through
 * the site): the current document and every saved version are searched. Erasing deletes what is
 * the person's alone and otherwise clears their details in the document and in its history, straight
 * in the database (no new version, an editor's pending draft stays), then rebuilds the site when
 * a published document changed.
 */
export function contentPlace(options: ContentPlaceOptions): PersonalDataPlace {
  const { collection, fields } = options

  async function search(payload: Payload, address: string) {
    const versions = await payload.findVersions({
      collection,
      where: addressWhere(fields, address, 'version.'),
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    return {
      docs: await findByAddress(payload, collection, fields, address),
      versions: (versions.docs as unknown as Version[]).filter((version) =>
        holdsAddress(version.version, fields, address),
      ),
    }
  }

  return {
    key: options.key,
    label: options.label,
    find: async (payload, address) => {
      const { docs, versions } = await search(payload, address)
      const latest = new Map<string, StoredDoc>(docs.map((doc) => [String(doc.id), doc]))
      for (const version of versions) {
        const id = String(parentId(version))
        if (!latest.has(id)) latest.set(id, { ...version.version, id: parentId(version) })
      }
      return [...latest.values()].map((doc) => ({
        collection,
        id: doc.id,
        title: doc.title ?? null,
        status: doc._status ?? null,
        ...options.personalParts(doc, address),
        savedVersionsWithAddress: versions.filter((version) => String(parentId(version)) === String(doc.id)).length,
      }))
    },
    erase: async (payload, address) => {
      const count: EraseCount = { deleted: 0, anonymised: 0, kept: 0 }
      const { docs, versions } = await search(payload, address)
      const deleted = new Set<string>()
      const anonymised = new Set<string>()
      let publishedChanged = false
      for (const doc of docs) {
        if (options.deleteWhole?.(doc, address)) {
          await payload.delete({ collection, id: doc.id, depth: 0, overrideAccess: true })
          deleted.add(String(doc.id))
          count.deleted += 1
          continue
        }
        // A new updatedAt: the next site build fetches the document again instead of reusing the
        // copy the last one kept (the site's content snapshot).
        const data = { ...options.scrub(doc, address), updatedAt: new Date().toISOString() }
        await payload.db.updateOne({ collection, id: doc.id, data, returning: false })
        publishedChanged ||= doc._status === 'published'
        anonymised.add(String(doc.id))
      }
      for (const version of versions) {
        if (deleted.has(String(parentId(version)))) continue
        await payload.db.updateVersion({
          collection,
          id: version.id,
          versionData: { ...version, version: { ...version.version, ...options.scrub(version.version, address) } },
          returning: false,
        } as Parameters<Payload['db']['updateVersion']>[0])
        anonymised.add(String(parentId(version)))
      }
      count.anonymised = anonymised.size
      if (publishedChanged) {
        requestSiteRebuild(payload, `Persoonsgegevens gewist (${options.label.toLowerCase()})`)
      }
      return count
    },
  }
}
