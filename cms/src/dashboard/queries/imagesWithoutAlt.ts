import type { Payload, TypedUser, Where } from 'payload'
import { listHref } from '../listHref'

/** Images whose alternative text is empty without being marked decorative on purpose. */
export const missingAlt: Where = {
  and: [
    { mimeType: { like: 'image/' } },
    { or: [{ alt: { exists: false } }, { alt: { equals: '' } }] },
    { or: [{ decorative: { exists: false } }, { decorative: { equals: false } }] },
  ],
}

export type ImagesWithoutAlt = { count: number; href: string }

export async function imagesWithoutAlt(payload: Payload, user: TypedUser): Promise<ImagesWithoutAlt> {
  const { totalDocs } = await payload.count({ collection: 'media', where: missingAlt, overrideAccess: false, user })
  return { count: totalDocs, href: listHref(payload.config.routes.admin, 'media', missingAlt) }
}
