import type { Payload } from 'payload'
import type { News, Practice } from '@mao/shared/payload-types'

export type Contributor = { name: string; email: string; regions: string[] }

const idOf = (value: unknown): number | string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** The contributor who created a document, with the titles of their regions; undefined for editors' documents. */
export async function contributorOf(
  payload: Payload,
  createdBy: News['createdBy'] | Practice['createdBy'],
): Promise<Contributor | undefined> {
  const id = idOf(createdBy)
  if (id === undefined) return undefined
  const user = await payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    .catch(() => undefined)
  if (user?.role !== 'contributor') return undefined
  const regionIds = (user.regions ?? []).map(idOf).filter((regionId) => regionId !== undefined)
  const { docs } = regionIds.length
    ? await payload.find({
        collection: 'regions',
        where: { id: { in: regionIds } },
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    : { docs: [] }
  return { name: user.name, email: user.email, regions: docs.map((region) => region.title) }
}
