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
