import { hasPagesOfItsOwn } from '@mao/shared/collections'
import { normalizeRedirectPath, normalizeRedirectTarget, type RedirectRule } from '@mao/shared/redirects'
import { pathFor } from '@mao/shared/urls'
import type { RedirectDoc } from './fetchRedirects'

export type SkippedRedirect = { from: string; reason: string }

type Reference = NonNullable<RedirectDoc['to']['reference']>

/** The site path of a referenced document when it is published, else undefined. */
function referencePath(reference: Reference): string | undefined {
  const { relationTo, value } = reference
  if (typeof value !== 'object' || !hasPagesOfItsOwn(relationTo)) return undefined
  if (value._status !== 'published' || !value.slug) return undefined
  return pathFor(relationTo, value)
}

function targetOf(doc: RedirectDoc): string | undefined {
  if (doc.to.type === 'custom') return normalizeRedirectTarget(doc.to.url)
  return doc.to.reference ? referencePath(doc.to.reference) : undefined
}

/**
 * The release's redirect rules from the CMS's redirects. A rule is left out (and reported) when
 * its old path is a page of this build (the page wins), or when a 301 would lead nowhere: a target
 * that is not public, or a site path that is no page of this build. `isPage(path)` tells whether
 * the build has a page at a site path.
 */
export function resolveRedirects(
  docs: readonly RedirectDoc[],
  isPage: (path: string) => boolean,
): { rules: RedirectRule[]; skipped: SkippedRedirect[] } {
  const rules: RedirectRule[] = []
  const skipped: SkippedRedirect[] = []
  for (const doc of docs) {
    const from = normalizeRedirectPath(doc.from)
    if (!from) {
      skipped.push({ from: doc.from, reason: 'not a plain site path' })
      continue
    }
    if (isPage(from)) {
      skipped.push({ from, reason: 'a page of the site has this path' })
      continue
    }
    if (doc.to.type === 'gone') {
      rules.push({ from, status: 410 })
      continue
    }
    const to = targetOf(doc)
    if (!to || to === from || (to.startsWith('/') && !isPage(to))) {
      skipped.push({ from, reason: `its target ${to ?? '(not published)'} is no page of the site` })
      continue
    }
    rules.push({ from, status: 301, to })
  }
  return { rules, skipped }
}
