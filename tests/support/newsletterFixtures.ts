import type { Payload } from 'payload'

/** Titles the site's newsletter archive must show once built (see e2e/newsletter.spec.ts). */
export const NEWSLETTER_FIXTURE = {
  title: 'Nieuwsupdate uit de fixture',
  intro: 'Welkom bij deze nieuwsupdate.\n\nTweede alinea van de inleiding.',
}

/**
 * A sent edition with the two newest published news items, for the site's archive pages
 * (/nieuwsbrief/archief and /nieuwsbrief/archief/<n>). Written as the sender would: status
 * `sent` can only be set by the system, so the write passes the newsletter's system context.
 */
export async function addNewsletterFixtures(payload: Payload): Promise<{ edition: number; itemTitles: string[] }> {
  const { docs: news } = await payload.find({
    collection: 'news',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 2,
    depth: 0,
  })
  const doc = await payload.create({
    collection: 'newsletters',
    data: {
      ...NEWSLETTER_FIXTURE,
      status: 'sent',
      sentAt: new Date('2026-03-02T07:00:00.000Z').toISOString(),
      items: news.map((item) => ({ item: { relationTo: 'news' as const, value: item.id } })),
    },
    overrideAccess: true,
    context: { newsletterSystem: true },
  })
  return { edition: doc.edition ?? 0, itemTitles: news.map((item) => item.title) }
}
