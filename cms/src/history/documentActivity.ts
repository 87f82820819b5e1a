import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { hasEditorRole } from '../access/hasEditorRole'

export type ActivityEntry = {
  versionId: number | string
  at: string
  /** The author's name; undefined for system changes or a deleted account. */
  author?: string
  status: 'published' | 'draft'
}

export const ACTIVITY_SHOWN = 10

type VersionRow = {
  id: number | string
  updatedAt: string
  version?: { _status?: string | null; updatedBy?: number | string | { id: number | string } | null }
}

const authorId = (value: NonNullable<VersionRow['version']>['updatedBy']) =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/**
 * A document's newest versions, newest first, for editors (nobody else reads versions). Authors'
 * names come from a system read of just the names: editors may not read other accounts, but must
 * see who changed what.
 */
export async function documentActivity(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  user: TypedUser | null | undefined,
): Promise<ActivityEntry[] | undefined> {
  if (!hasEditorRole(user)) return undefined
  const { docs } = (await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: ACTIVITY_SHOWN,
    depth: 0,
    overrideAccess: false,
    user,
  })) as unknown as { docs: VersionRow[] }
  const ids = [...new Set(docs.map((doc) => authorId(doc.version?.updatedBy)).filter((x) => x !== undefined))]
  const names = new Map<string, string>()
  if (ids.length > 0) {
    const { docs: users } = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
    })
    for (const author of users) names.set(String(author.id), author.name)
  }
  return docs.map((doc) => {
    const author = authorId(doc.version?.updatedBy)
    return {
      versionId: doc.id,
      at: doc.updatedAt,
      author: author === undefined ? undefined : names.get(String(author)),
      status: doc.version?._status === 'published' ? 'published' : 'draft',
    }
  })
}
