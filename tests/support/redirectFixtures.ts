import type { Payload } from 'payload'
import { richText } from '@mao/shared/lexical'

/** Old and new paths the CMS's redirect hooks make while the fixtures are added. */
export const REDIRECTED = {
  oldPath: '/nieuws/oude-titel-van-een-bericht',
  newPath: '/nieuws/nieuwe-titel-van-een-bericht',
  removedPath: '/nieuws/bericht-dat-is-verwijderd',
}

/**
 * A published news item whose slug an editor changed (the old path redirects), and one that was
 * deleted (its path answers 410): made the way editors do, so the CMS's hooks write the redirects.
 */
export async function addRedirectFixtures(payload: Payload): Promise<void> {
  const body = richText([{ p: 'Dit bericht heeft een nieuw webadres.' }])
  const renamed = await payload.create({
    collection: 'news',
    data: {
      title: 'Bericht met een nieuw webadres',
      slug: 'oude-titel-van-een-bericht',
      summary: 'Verhuisd.',
      body,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'news',
    id: renamed.id,
    data: { slug: 'nieuwe-titel-van-een-bericht', _status: 'published' },
  })
  const removed = await payload.create({
    collection: 'news',
    data: {
      title: 'Bericht dat is verwijderd',
      slug: 'bericht-dat-is-verwijderd',
      summary: 'Weg.',
      body,
      _status: 'published',
    },
  })
  await payload.delete({ collection: 'news', id: removed.id })
}
