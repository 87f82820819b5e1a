import { formatTimeRange } from './dates'

/**
 * The sections of a news update, in this order, each left out when it has no items: the email,
 * the admin preview, the test send, the export and the site's archive all group an edition's
 * items like this.
 */
export const newsletterSections = [
  { collection: 'news', heading: 'Nieuws' },
  { collection: 'practices', heading: 'Goede voorbeelden' },
  { collection: 'events', heading: 'Agenda' },
] as const

export type NewsletterSectionCollection = (typeof newsletterSections)[number]['collection']

/** A new edition lists the events that start within this many weeks of its composition. */
export const UPCOMING_EVENT_WEEKS = 6

/** Group items by section in the section order, keeping the editor's order inside each section. */
export function groupBySection<Item extends { collection: NewsletterSectionCollection }>(
  items: readonly Item[],
): { collection: NewsletterSectionCollection; heading: string; items: Item[] }[] {
  return newsletterSections
    .map(({ collection, heading }) => ({
      collection,
      heading,
      items: items.filter((item) => item.collection === collection),
    }))
    .filter((section) => section.items.length > 0)
}

/**
 * When and where an activity in the news update takes place (Europe/Amsterdam, in Dutch): the
 * email and the site's archive show the same. "12 maart 2026 om 13:30 – 16:00" on one day,
 * otherwise both full dates and times; the address, or "Online" for an online-only activity.
 */
export function newsletterEventDetails(event: {
  startsAt: string
  endsAt?: string | null
  location?: string | null
  onlineUrl?: string | null
}): { when: string; place?: string } {
  const when = formatTimeRange(event.startsAt, event.endsAt)
  const place = event.location?.trim() || (event.onlineUrl ? 'Online' : undefined)
  return place ? { when, place } : { when }
}
