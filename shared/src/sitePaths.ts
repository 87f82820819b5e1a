/**
 * The site's fixed pages: section indexes that are not a collection's path (see `collectionPaths`
 * in urls.ts for those) and the newsletter pages the CMS links and redirects to.
 */
export const sitePaths = {
  home: '/',
  newsFeed: '/nieuws/rss.xml',
  toolbox: '/toolbox',
  pastEvents: '/agenda/eerder',
  search: '/zoeken',
  /** Every partner, grouped by role. */
  partners: '/partners',
} as const

export const newsletterPaths = {
  /** The sign-up page; the CMS sends a failed form back here with `?fout=…`. */
  signup: '/nieuwsbrief',
  thanks: '/nieuwsbrief/bedankt',
  /** The link in the confirmation email (`?token=…`) opens this page with a button. */
  confirm: '/nieuwsbrief/bevestigen',
  confirmed: '/nieuwsbrief/bevestigd',
  /** The unsubscribe link in every edition (`?token=…`). */
  unsubscribe: '/nieuwsbrief/afmelden',
  unsubscribed: '/nieuwsbrief/afgemeld',
  invalidLink: '/nieuwsbrief/ongeldige-link',
  archive: '/nieuwsbrief/archief',
  /** The images the emails show, served by the site under their CMS file name. */
  images: '/nieuwsbrief/beelden',
} as const

/** A sent edition in the site's archive. */
export const editionPath = (edition: number): string => `${newsletterPaths.archive}/${edition}`

/**
 * The participation paths: fixed site pages the CMS redirects plain form posts to, and the pages
 * the emails link to (`?token=…`). The forms themselves stand on CMS pages (`participationForm`
 * block) and on community and event pages.
 */
export const participationPaths = {
  /** CMS page with the aandeelhouder form; list of approved organisations. */
  shareholderForm: '/aandeelhouder-worden',
  shareholders: '/aandeelhouders',
  shareholderThanks: '/aandeelhouder-worden/bedankt',
  shareholderConfirm: '/aandeelhouder-worden/bevestigen',
  shareholderConfirmed: '/aandeelhouder-worden/bevestigd',
  /** Registration for a community or event (the form is on its page, `#aanmelden`). */
  registrationThanks: '/aanmelden/bedankt',
  registrationCancel: '/aanmelden/afmelden',
  registrationCancelled: '/aanmelden/afgemeld',
  contactForm: '/contact',
  contactThanks: '/contact/bedankt',
  practiceForm: '/goed-voorbeeld-aandragen',
  expertForm: '/expertise-aanbieden',
  contributionThanks: '/bijdrage/bedankt',
  /** Token links that are expired or used (all forms). */
  invalidLink: '/ongeldige-link',
  figures: '/beweging-in-cijfers',
  agendaFeed: '/agenda.ics',
  privacy: '/privacyverklaring',
} as const

/** The calendar file of one event (beside its page). */
export const eventIcsPath = (slug: string): string => `/agenda/${slug}.ics`

/**
 * Path segments the publications section uses below `/publicaties` for its filter pages
 * (`/publicaties/soort/…`, `/publicaties/thema/…`): no publication may take one as its slug.
 */
export const publicationFilterSegments = { kind: 'soort', theme: 'thema' } as const

export const reservedPublicationSlugs: readonly string[] = Object.values(publicationFilterSegments)
