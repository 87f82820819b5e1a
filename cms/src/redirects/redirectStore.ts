import type { PayloadRequest, Where } from 'payload'
import type { Redirect } from '@mao/shared/payload-types'
import type { CollectionWithPage } from '@mao/shared/collections'
import { coveredByAnotherChange } from '../rebuild'

export const REDIRECTS_SLUG = 'redirects'

/** The document whose change wrote the redirect asks for the build; the redirect adds no reason. */
const context = coveredByAnotherChange(REDIRECTS_SLUG)

type Target = Redirect['to']

const referenceTo = (collection: CollectionWithPage, id: number | string): Where => ({
  and: [
    { 'to.type': { equals: 'reference' } },
    { 'to.reference.relationTo': { equals: collection } },
    { 'to.reference.value': { equals: id } },
  ],
})

/** Read and write redirects inside the operation's transaction, past access control (hooks act for the editor). */
export function redirectStore(req: PayloadRequest) {
  const find = async (where: Where): Promise<Redirect[]> =>
    (await req.payload.find({ collection: REDIRECTS_SLUG, where, limit: 0, depth: 0, pagination: false, req })).docs

  return {
    /** Make `from` lead to `to`, replacing whatever redirect that path had. */
    async upsert(from: string, to: Target): Promise<void> {
      const [existing] = await find({ from: { equals: from } })
      if (existing)
        await req.payload.update({ collection: REDIRECTS_SLUG, id: existing.id, data: { to }, req, context })
      else await req.payload.create({ collection: REDIRECTS_SLUG, data: { from, to }, req, context })
    },
    /** A path now served by a document again redirects nowhere. */
    async release(path: string): Promise<void> {
      await req.payload.delete({ collection: REDIRECTS_SLUG, where: { from: { equals: path } }, req, context })
    },
    /** Redirects that name a path as their custom target now follow the document instead (no chains). */
    async retarget(oldPath: string, to: Target): Promise<void> {
      const pointing = await find({ and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { equals: oldPath } }] })
      for (const redirect of pointing)
        await req.payload.update({ collection: REDIRECTS_SLUG, id: redirect.id, data: { to }, req, context })
    },
    /** The ids of redirects that lead to a document. */
    async referencing(collection: CollectionWithPage, id: number | string): Promise<(number | string)[]> {
      return (await find(referenceTo(collection, id))).map((redirect) => redirect.id)
    },
    async markGone(ids: (number | string)[]): Promise<void> {
      for (const id of ids)
        await req.payload.update({ collection: REDIRECTS_SLUG, id, data: { to: { type: 'gone' } }, req, context })
    },
  }
}
