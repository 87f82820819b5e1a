import { newsletterPaths } from '@mao/shared/sitePaths'
import { isSafeHref } from '@mao/shared/urls'
import { participationLinks } from '../participation/participationLinks'
import { programmeLinks } from './programmeLinks'
import type { SiteLink } from './siteLink'

/** A titled list of links in the footer; `id` labels its navigation landmark. */
export interface FooterGroup {
  id: string
  heading: string
  links: SiteLink[]
}

const withoutQuery = (href: string) => (href.split(/[?#]/)[0] ?? href).replace(/\/+$/, '') || '/'

/**
 * The footer's link lists: the programme's sections and the ways to take part come from the
 * site, the editors' footer menu fills "Over deze site". A menu link that the site's lists
 * already link is left out (menus seeded before these lists existed name Contact and Nieuwsbrief),
 * and so is a list without links.
 */
export function footerGroups(
  publishedPagePaths: ReadonlySet<string>,
  footerMenu: readonly { label?: string | null; url?: string | null }[],
): FooterGroup[] {
  const programme = programmeLinks(publishedPagePaths)
  const takePart = participationLinks(publishedPagePaths)
  // The newsletter column links its sign-up page beside the form.
  const placed = new Set(
    [...programme, ...takePart].map((link) => withoutQuery(link.href)).concat(newsletterPaths.signup),
  )
  const about = footerMenu
    .flatMap((item) =>
      item.label?.trim() && isSafeHref(item.url) ? [{ label: item.label.trim(), href: item.url }] : [],
    )
    .filter((link) => !placed.has(withoutQuery(link.href)))
  return [
    { id: 'footer-programme', heading: 'Het programma', links: programme },
    { id: 'footer-take-part', heading: 'Doe mee', links: takePart },
    { id: 'footer-about', heading: 'Over deze site', links: about },
  ].filter((group) => group.links.length > 0)
}
