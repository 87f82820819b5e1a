import type { BrokenLink } from '@mao/site/check-links'

/** How many broken links one build log keeps; the total is kept apart. */
export const MAX_RECORDED_BROKEN_LINKS = 50

/** A broken link as the build log keeps it: the site path of the page, the link, why (Dutch). */
export type RecordedBrokenLink = { page: string; url: string; reason: string }

export type CheckedLinks = { status: 'checked'; brokenCount: number; brokenLinks: RecordedBrokenLink[] }

export type LinkCheckResult = CheckedLinks | { status: 'failed'; error: string }

/** The address a page of the build is served at: `/nieuws/a/index.html` → `/nieuws/a/`. */
export const sitePathOfPage = (page: string): string => page.replace(/(^|\/)index\.html$/, '$1')

/** The link check's reasons (English, for the command line) in the editors' words. */
export function dutchReason(reason: string): string {
  if (reason === 'no such file') return 'Pagina of bestand bestaat niet'
  if (reason === 'the page was removed (410)') return 'Pagina is verwijderd (410)'
  if (reason === 'unsafe URL scheme') return 'Onveilig adres (javascript:, vbscript: of data:)'
  const redirect = /^redirects to (.+), which does not exist$/.exec(reason)
  if (redirect) return `Verwijst door naar ${redirect[1]}, dat niet bestaat`
  const anchor = /^no element with id "(.*)"$/.exec(reason)
  if (anchor) return `Geen plek met id “${anchor[1]}” op die pagina`
  return reason
}

/** What a build log keeps of a link check: the first `max` broken links and their total. */
export function linkCheckResult(broken: readonly BrokenLink[], max = MAX_RECORDED_BROKEN_LINKS): CheckedLinks {
  return {
    status: 'checked',
    brokenCount: broken.length,
    brokenLinks: broken
      .slice(0, max)
      .map(({ page, url, reason }) => ({ page: sitePathOfPage(page), url, reason: dutchReason(reason) })),
  }
}
